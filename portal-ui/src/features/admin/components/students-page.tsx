import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { SchoolStudent } from '../../../lib/api';
import { useSession } from '../../../lib/auth-store';
import { formatLongDate, isoDay } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { adminPaths, staffPaths } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  useGroupStudents,
  useIssueLoginCard,
  useIssueLoginCards,
  useSchools,
  useStudentGroups,
} from '../api/use-admin';
import { ConfirmDialog } from './confirm-dialog';
import { RowAction } from './row-action';

/**
 * /balie/beheer/leerlingen?school=…&group=… — the students of a school by group, with their usernames and whether
 * they can log in; login cards (new start codes) for a group or one student, printed on the next page.
 */
export function StudentsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.students.title'));
  const session = useSession();
  const isAdmin = session?.user.role === 'ADMIN';
  const schools = useSchools({ enabled: isAdmin });
  const [params, setParams] = useSearchParams();
  const active = (schools.data ?? []).filter((school) => school.active);
  const fromUrl = Number(params.get('school'));
  const schoolId = isAdmin
    ? Number.isSafeInteger(fromUrl) && fromUrl > 0
      ? fromUrl
      : (active[0]?.id ?? null)
    : (session?.user.schoolId ?? null);
  const group = params.get('group');
  const schoolName = isAdmin ? schools.data?.find((school) => school.id === schoolId)?.name : undefined;

  return (
    <div className="page admin-page">
      <h1>{t('admin.students.title')}</h1>
      <p className="lead">{t('admin.students.intro')}</p>
      {isAdmin ? (
        schools.isPending ? (
          <Loading />
        ) : schools.isError ? (
          <ProblemAlert error={schools.error} onRetry={() => void schools.refetch()} />
        ) : active.length > 0 ? (
          <Field id="students-school" label={t('admin.students.school')}>
            {(control) => (
              <select
                {...control}
                value={schoolId ?? ''}
                onChange={(event) => setParams({ school: event.target.value }, { replace: true })}
              >
                {active.map((school) => (
                  <option key={school.id} value={school.id}>
                    {school.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null
      ) : null}
      {schoolId == null ? (
        isAdmin && schools.isPending ? null : (
          <p className="empty-state">{t('admin.students.noSchool')}</p>
        )
      ) : (
        <>
          <Groups key={schoolId} schoolId={schoolId} schoolName={schoolName} chosen={group} />
          {group ? <GroupStudents key={`${schoolId}-${group}`} schoolId={schoolId} group={group} /> : null}
          <p className="hint">
            <Link to={`${staffPaths.policy}?school=${schoolId}`}>{t('admin.students.policyLink')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

function Groups({
  schoolId,
  schoolName,
  chosen,
}: {
  schoolId: number;
  schoolName?: string;
  chosen: string | null;
}) {
  const { t } = useI18n();
  const groups = useStudentGroups(schoolId);
  const issue = useIssueLoginCards(schoolId);
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  const [alsoWithPassword, setAlsoWithPassword] = useState(false);
  const [noneFor, setNoneFor] = useState<string | null>(null);

  const print = (groupName: string) => {
    setNoneFor(null);
    issue.mutate(
      { groupName, onlyWithoutPassword: !alsoWithPassword },
      {
        onSuccess: (cards) => {
          if (cards.cards.length === 0) setNoneFor(groupName);
          else navigate(adminPaths.loginCards);
        },
      },
    );
  };

  if (groups.isPending) return <Loading />;
  if (groups.isError) return <ProblemAlert error={groups.error} onRetry={() => void groups.refetch()} />;
  if (groups.data.length === 0) {
    return <p className="empty-state">{t('admin.students.noStudents')}</p>;
  }
  return (
    <section aria-labelledby="students-groups">
      <h2 id="students-groups">
        {schoolName ? t('admin.students.groupsOf', { school: schoolName }) : t('admin.students.groups')}
      </h2>
      <Field
        id="cards-also-with-password"
        label={t('admin.students.alsoWithPassword')}
        hint={t('admin.students.alsoWithPasswordHint')}
        kind="checkbox"
      >
        {(control) => (
          <input
            {...control}
            type="checkbox"
            checked={alsoWithPassword}
            onChange={(event) => setAlsoWithPassword(event.target.checked)}
          />
        )}
      </Field>
      <TableShell
        id="student-groups"
        caption={t('admin.students.groupsCaption')}
        headers={[
          t('admin.students.group'),
          t('admin.students.count'),
          t('admin.students.withoutPassword'),
          t('admin.field.actions'),
        ]}
        testId="student-groups"
      >
        {groups.data.map((group) => (
          <tr key={group.name} aria-current={group.name === chosen ? 'true' : undefined}>
            <td>{group.name}</td>
            <td>{group.students}</td>
            <td>{group.withoutPassword}</td>
            <td className="admin-actions">
              <RowAction
                label={t('admin.students.show')}
                name={group.name}
                onClick={() => setParams({ school: String(schoolId), group: group.name }, { replace: true })}
              />
              <button
                type="button"
                className="button button--small"
                disabled={issue.isPending}
                onClick={() => print(group.name)}
              >
                {t('admin.students.printCards')}
                <span className="visually-hidden"> {group.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </TableShell>
      <div role="status" className="admin-status">
        {issue.isPending
          ? t('admin.students.issuing')
          : noneFor
            ? t('admin.students.noneWithoutPassword', { group: noneFor })
            : ''}
      </div>
      {issue.isError ? <ProblemAlert error={issue.error} /> : null}
    </section>
  );
}

function GroupStudents({ schoolId, group }: { schoolId: number; group: string }) {
  const { t, locale } = useI18n();
  const students = useGroupStudents(schoolId, group);
  const [newCode, setNewCode] = useState<SchoolStudent | null>(null);
  const loginText = (student: SchoolStudent) =>
    student.login === 'PASSWORD'
      ? t('admin.students.loginPassword')
      : student.login === 'START_CODE'
        ? student.startCodeValidUntil
          ? t('admin.students.loginStartCodeUntil', {
              date: formatLongDate(isoDay(new Date(student.startCodeValidUntil)), locale),
            })
          : t('admin.students.loginStartCode')
        : t('admin.students.loginNone');
  return (
    <section aria-labelledby="students-of-group">
      <h2 id="students-of-group">{t('admin.students.ofGroup', { group })}</h2>
      {students.isPending ? (
        <Loading />
      ) : students.isError ? (
        <ProblemAlert error={students.error} onRetry={() => void students.refetch()} />
      ) : (
        <TableShell
          id="group-students"
          caption={t('admin.students.studentsCaption', { group })}
          headers={[
            t('admin.field.name'),
            t('admin.students.number'),
            t('admin.staff.username'),
            t('admin.students.login'),
            t('admin.field.actions'),
          ]}
          testId="group-students"
        >
          {students.data.map((student) => (
            <tr key={student.patronId}>
              <td>{[student.firstName, student.lastName].filter(Boolean).join(' ')}</td>
              <td>{student.studentNumber ?? '—'}</td>
              <td>{student.username ?? '—'}</td>
              <td>{loginText(student)}</td>
              <td>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setNewCode(student)}
                >
                  {t('admin.students.newCode')}
                  <span className="visually-hidden">
                    {' '}
                    {[student.firstName, student.lastName].filter(Boolean).join(' ')}
                  </span>
                </button>
              </td>
            </tr>
          ))}
        </TableShell>
      )}
      {newCode ? (
        <NewCodeDialog schoolId={schoolId} student={newCode} onClose={() => setNewCode(null)} />
      ) : null}
    </section>
  );
}

function NewCodeDialog({
  schoolId,
  student,
  onClose,
}: {
  schoolId: number;
  student: SchoolStudent;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const issue = useIssueLoginCard(schoolId);
  const navigate = useNavigate();
  const name = [student.firstName, student.lastName].filter(Boolean).join(' ');
  return (
    <ConfirmDialog
      title={t('admin.students.newCode')}
      question={
        student.login === 'PASSWORD'
          ? t('admin.students.newCodeQuestionPassword', { name })
          : t('admin.students.newCodeQuestion', { name })
      }
      confirm={t('admin.students.newCodeConfirm')}
      onConfirm={() => issue.mutate(student.patronId, { onSuccess: () => navigate(adminPaths.loginCards) })}
      onClose={onClose}
      busy={issue.isPending}
      error={issue.error}
    />
  );
}
