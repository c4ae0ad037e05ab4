package nl.schoollibrary.reservations.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import nl.schoollibrary.reservations.auth.Actor;
import nl.schoollibrary.reservations.auth.Role;
import nl.schoollibrary.reservations.common.ErrorCode;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Jdbc;
import nl.schoollibrary.reservations.school.SchoolDtos.SchoolPolicyView;
import nl.schoollibrary.reservations.school.SchoolDtos.UpdateSchoolPolicyRequest;

/** A school's reservation policy: read by its staff and the library, changed by library staff and administrators. */
@ApplicationScoped
public class SchoolPolicyService {

    @Inject Schools schools;
    @Inject SchoolPolicies policies;
    @Inject SchoolPolicyReads reads;
    @Inject Jdbc jdbc;
    @Inject Clock clock;

    public SchoolPolicyView policy(Actor actor, long schoolId) {
        schools.findByIdOptional(schoolId).filter(school -> school.visibleTo(actor))
                .orElseThrow(() -> ProblemException.notFound("School", schoolId));
        return reads.policy(schoolId).orElseThrow(() -> ProblemException.notFound("School", schoolId));
    }

    /**
     * Changes the policy (stored on its first change), with the school library's pickup period when given. The school
     * is locked, so two changes of one school's policy follow each other.
     */
    @Transactional
    public SchoolPolicyView updatePolicy(Actor actor, long schoolId, UpdateSchoolPolicyRequest request) {
        if (actor.role() == Role.SCHOOL_STAFF) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "School and library decide the policy together; library "
                    + "staff or an administrator changes it.");
        }
        schools.lock(schoolId).filter(school -> school.visibleTo(actor))
                .orElseThrow(() -> ProblemException.notFound("School", schoolId));
        Instant now = clock.instant();
        SchoolPolicy policy = policies.findByIdOptional(schoolId).orElseGet(() -> {
            SchoolPolicy defaults = SchoolPolicy.defaults(schoolId, now);
            policies.persist(defaults);
            return defaults;
        });
        policy.change(request.reserveAtSchool(), request.reserveAtBranches(), request.schoolOnlyCheckedOut(),
                request.maxActiveReservations(), actor.username(), now);
        if (request.pickupDays() != null) {
            // The pickup period is a setting of the school's library (a location), which has no entity of its own.
            jdbc.update("UPDATE location SET pickup_days = ? WHERE school_id = ?", request.pickupDays(), schoolId);
        }
        return reads.policy(schoolId).orElseThrow();
    }
}
