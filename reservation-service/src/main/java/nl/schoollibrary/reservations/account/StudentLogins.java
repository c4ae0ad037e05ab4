package nl.schoollibrary.reservations.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.schoollibrary.reservations.account.AccountDtos.LoginCard;
import nl.schoollibrary.reservations.account.AccountDtos.LoginCards;
import nl.schoollibrary.reservations.account.AccountDtos.SchoolStudent;
import nl.schoollibrary.reservations.account.AccountDtos.StudentGroup;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.AppUser;
import nl.schoollibrary.reservations.auth.AuthService;
import nl.schoollibrary.reservations.auth.LoginSession;
import nl.schoollibrary.reservations.auth.PasswordHasher;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.auth.TemporaryPasswords;
import nl.schoollibrary.reservations.auth.Users;
import nl.schoollibrary.reservations.common.AppConfig;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.messaging.EventOutbox;

/**
 * Students' logins at their school: who has one and how they log in, and login cards with one-time start codes —
 * for a group at once, or for one student (who forgot their password). A start code replaces whatever password or
 * code the student had (their sessions end), works for {@code reservation.auth.start-code-validity}, and must be
 * replaced by a password of their own at the first login. Start codes are hashed with bcrypt like passwords, with
 * a lower cost ({@code reservation.auth.start-code-bcrypt-cost}) and in parallel, so a class's cards come at once.
 * Administrators may do this for any school, school staff for their own.
 */
@ApplicationScoped
public class StudentLogins {

    @Inject Users users;
    @Inject AccountQueries queries;
    @Inject PasswordHasher hasher;
    @Inject AuthService auth;
    @Inject EventOutbox events;
    @Inject Clock clock;
    @Inject AppConfig config;

    public List<SchoolStudent> students(Actor actor, long schoolId, String group, String q, boolean includeInactive) {
        school(actor, schoolId);
        return queries.students(schoolId, group, q, includeInactive, clock.instant());
    }

    public List<StudentGroup> groups(Actor actor, long schoolId) {
        school(actor, schoolId);
        return queries.groups(schoolId);
    }

    /** New start codes for the group's active students (with {@code onlyWithoutPassword}: those without a password). */
    @Transactional
    public LoginCards groupCards(Actor actor, long schoolId, String groupName, boolean onlyWithoutPassword) {
        AccountQueries.SchoolFacts school = school(actor, schoolId);
        String group = groupName.strip();
        if (group.isEmpty()) {
            throw ProblemException.invalid("groupName", "must not be empty");
        }
        if (!queries.groupExists(schoolId, group)) {
            throw ProblemException.notFound("Group", group);
        }
        List<Long> patronIds = queries.studentsForCards(schoolId, group, onlyWithoutPassword);
        return issue(actor, school, group, patronIds, Map.of("groupName", group,
                "onlyWithoutPassword", onlyWithoutPassword));
    }

    /** A new start code for one student: the reset of a forgotten password. */
    @Transactional
    public LoginCards studentCard(Actor actor, long patronId) {
        AccountQueries.StudentFacts student = queries.student(patronId)
                .orElseThrow(() -> ProblemException.notFound("Student", patronId));
        AccountQueries.SchoolFacts school = school(actor, student.schoolId());
        if (!student.active()) {
            throw new ProblemException(ErrorCode.CONFLICT, "This student is no longer active at the school: a login "
                    + "card would not let them in.");
        }
        return issue(actor, school, null, List.of(patronId), Map.of("patronId", patronId));
    }

    private LoginCards issue(Actor actor, AccountQueries.SchoolFacts school, String group, List<Long> patronIds,
            Map<String, Object> facts) {
        List<AppUser> accounts = new ArrayList<>(users.ofPatrons(patronIds));
        if (group == null && accounts.isEmpty()) {
            throw new ProblemException(ErrorCode.CONFLICT, "This student has no login yet: import the school's "
                    + "students to give every student one.");
        }
        accounts.sort(Comparator.comparingInt(a -> patronIds.indexOf(a.patronId())));
        Instant now = clock.instant();
        Instant validUntil = now.plus(config.auth().startCodeValidity());
        int cost = config.auth().startCodeBcryptCost();
        List<String> codes = accounts.stream().map(a -> TemporaryPasswords.startCode()).toList();
        // bcrypt is slow on purpose; the hashes of a class are made side by side.
        List<String> hashes = IntStream.range(0, codes.size()).parallel()
                .mapToObj(i -> hasher.hash(codes.get(i), cost)).toList();
        List<Long> hadPassword = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            AppUser account = accounts.get(i);
            if (account.passwordHash() != null) {
                hadPassword.add(account.id());
            }
            account.setTemporaryPassword(hashes.get(i), validUntil);
        }
        auth.endSessionsOf(hadPassword, LoginSession.EndReason.PASSWORD_RESET);
        Map<Long, AccountQueries.StudentName> names = queries.studentNames(patronIds);
        List<LoginCard> cards = new ArrayList<>(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            AppUser account = accounts.get(i);
            AccountQueries.StudentName name = names.get(account.patronId());
            cards.add(new LoginCard(account.patronId(), name.firstName(), name.lastName(), name.groupName(),
                    account.username(), codes.get(i)));
        }
        Map<String, Object> payload = new HashMap<>(facts);
        payload.put("cards", cards.size());
        payload.put("replacedPasswords", hadPassword.size());
        payload.put("by", actor.username());
        events.studentLoginsEvent("LoginCardsIssued", school.id(), payload);
        return new LoginCards(school.name(), group, validUntil, cards);
    }

    /** The school, if the actor may manage its students' logins: 404 unknown (administrators), 403 not theirs. */
    private AccountQueries.SchoolFacts school(Actor actor, long schoolId) {
        if (actor.role() == Role.SCHOOL_STAFF) {
            if (actor.schoolId() == null || actor.schoolId() != schoolId) {
                throw new ProblemException(ErrorCode.FORBIDDEN, "You may manage the students of your own school only.");
            }
        } else if (actor.role() != Role.ADMIN) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "Only administrators and school staff manage students' "
                    + "logins.");
        }
        return queries.school(schoolId).orElseThrow(() -> ProblemException.notFound("School", schoolId));
    }
}
