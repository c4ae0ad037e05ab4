package nl.schoollibrary.reservations.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.schoollibrary.reservations.account.AccountDtos.NewStaffAccount;
import nl.schoollibrary.reservations.account.AccountDtos.StaffAccount;
import nl.schoollibrary.reservations.account.AccountDtos.StaffAccountCreated;
import nl.schoollibrary.reservations.account.AccountDtos.StaffAccountPatch;
import nl.schoollibrary.reservations.account.AccountDtos.StaffRole;
import nl.schoollibrary.reservations.account.AccountDtos.TemporaryPassword;
import nl.schoollibrary.reservations.auth.ActiveAccounts;
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
import nl.schoollibrary.reservations.common.Problem;
import nl.schoollibrary.reservations.common.ProblemException;
import nl.schoollibrary.reservations.common.database.Constraints;
import nl.schoollibrary.reservations.messaging.EventOutbox;

/**
 * Staff accounts: administrators keep every one; school staff keep the school staff of their own school library.
 * A new account and a reset get a temporary password (shown once, valid {@code reservation.auth
 * .temporary-password-validity}), which the person must change at the first login. Disabling ends the account's
 * sessions and its tokens stop working (at once on this instance, within the account check's cache elsewhere).
 * The last active administrator cannot be disabled or demoted, nor can anyone disable or demote themselves.
 */
@ApplicationScoped
public class StaffAccounts {

    @Inject Users users;
    @Inject AccountQueries queries;
    @Inject PasswordHasher hasher;
    @Inject AuthService auth;
    @Inject ActiveAccounts activeAccounts;
    @Inject EventOutbox events;
    @Inject Clock clock;
    @Inject AppConfig config;

    public List<StaffAccount> list(Actor actor, Long locationId, boolean includeDisabled) {
        return switch (actor.role()) {
            case ADMIN -> queries.staff(null, null, locationId, includeDisabled);
            case SCHOOL_STAFF -> {
                if (locationId != null && !queries.location(locationId)
                        .map(l -> Objects.equals(l.schoolId(), actor.schoolId())).orElse(false)) {
                    throw forbidden();
                }
                yield queries.staff(actor.schoolId(), StaffRole.SCHOOL_STAFF, locationId, includeDisabled);
            }
            default -> throw forbidden();
        };
    }

    @Transactional
    public StaffAccountCreated create(Actor actor, NewStaffAccount request) {
        if (actor.role() != Role.ADMIN && !(actor.role() == Role.SCHOOL_STAFF
                && request.role() == StaffRole.SCHOOL_STAFF)) {
            throw forbidden();
        }
        String username = AccountRules.username("username", request.username());
        String displayName = AccountRules.displayName("displayName", request.displayName());
        AppUser.Scope scope = scope(actor, request.role(), request.locationId());
        if (users.usernameTaken(username)) {
            throw usernameTaken(username);
        }
        Instant now = clock.instant();
        AppUser user = AppUser.staff(username, displayName, request.role().role(), scope, actor.username(), now);
        String temporary = TemporaryPasswords.temporaryPassword();
        Instant validUntil = now.plus(config.auth().temporaryPasswordValidity());
        user.setTemporaryPassword(hasher.hash(TemporaryPasswords.normalise(temporary)), validUntil);
        try {
            users.persistAndFlush(user);
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "app_user_username_idx")) {
                throw usernameTaken(username);
            }
            throw e;
        }
        event("StaffAccountCreated", user, actor, Map.of("role", request.role().name()));
        return new StaffAccountCreated(view(user.id()), temporary, validUntil);
    }

    @Transactional
    public StaffAccount change(Actor actor, long id, StaffAccountPatch patch) {
        AppUser user = target(actor, id);
        StaffRole role = patch.role() != null ? patch.role() : StaffRole.valueOf(user.role().name());
        Long locationId = patch.locationId() != null ? patch.locationId() : user.locationId();
        String displayName = patch.displayName() != null
                ? AccountRules.displayName("displayName", patch.displayName()) : user.displayName();
        if (actor.role() == Role.SCHOOL_STAFF && role != StaffRole.SCHOOL_STAFF) {
            throw forbidden();
        }
        AppUser.Scope scope = scope(actor, role, locationId);
        boolean moved = role.role() != user.role() || !Objects.equals(locationId, user.locationId());
        if (user.role() == Role.ADMIN && role != StaffRole.ADMIN) {
            keepAnAdministrator(actor, user, "demoted");
        }
        user.change(displayName, role.role(), scope);
        if (moved) {
            // The tokens carry the role and scope: the person logs in again to get the new ones.
            auth.endSessionsOf(id, LoginSession.EndReason.PASSWORD_RESET);
        }
        Map<String, Object> payload = new HashMap<>();
        payload.put("role", role.name());
        if (locationId != null) {
            payload.put("locationId", locationId);
        }
        event("StaffAccountChanged", user, actor, payload);
        return view(id);
    }

    @Transactional
    public StaffAccount disable(Actor actor, long id) {
        AppUser user = target(actor, id);
        if (user.active()) {
            if (user.role() == Role.ADMIN || id == actor.userId()) {
                keepAnAdministrator(actor, user, "disabled");
            }
            user.disable(actor.username(), clock.instant());
            auth.endSessionsOf(id, LoginSession.EndReason.ACCOUNT_DISABLED);
            event("StaffAccountDisabled", user, actor, Map.of());
        }
        return view(id);
    }

    @Transactional
    public StaffAccount enable(Actor actor, long id) {
        AppUser user = target(actor, id);
        if (!user.active()) {
            user.enable();
            activeAccounts.userChanged(id);
            event("StaffAccountEnabled", user, actor, Map.of());
        }
        return view(id);
    }

    @Transactional
    public TemporaryPassword resetPassword(Actor actor, long id) {
        AppUser user = target(actor, id);
        String temporary = TemporaryPasswords.temporaryPassword();
        Instant validUntil = clock.instant().plus(config.auth().temporaryPasswordValidity());
        user.setTemporaryPassword(hasher.hash(TemporaryPasswords.normalise(temporary)), validUntil);
        auth.endSessionsOf(id, LoginSession.EndReason.PASSWORD_RESET);
        event("StaffAccountPasswordReset", user, actor, Map.of());
        return new TemporaryPassword(temporary, validUntil);
    }

    /** The staff account {@code id}, locked, if the actor may change it: 404 unknown (or a student), 403 out of scope. */
    private AppUser target(Actor actor, long id) {
        if (actor.role() != Role.ADMIN && actor.role() != Role.SCHOOL_STAFF) {
            throw forbidden();
        }
        AppUser user = users.lock(id).filter(u -> u.role() != Role.STUDENT)
                .orElseThrow(() -> ProblemException.notFound("Staff account", id));
        if (actor.role() == Role.SCHOOL_STAFF
                && (user.role() != Role.SCHOOL_STAFF || !Objects.equals(user.schoolId(), actor.schoolId()))) {
            throw forbidden();
        }
        return user;
    }

    /**
     * Where an account of {@code role} at {@code locationId} works. School staff need a school library (and school
     * staff may only place accounts at their own); library staff any location; an administrator may have one.
     */
    private AppUser.Scope scope(Actor actor, StaffRole role, Long locationId) {
        if (locationId == null) {
            if (role != StaffRole.ADMIN) {
                throw ProblemException.invalid("locationId", "is required for " + role);
            }
            return new AppUser.Scope(null, null, null);
        }
        AccountQueries.LocationFacts location = queries.location(locationId).orElse(null);
        if (actor.role() == Role.SCHOOL_STAFF
                && (location == null || !Objects.equals(location.schoolId(), actor.schoolId()))) {
            throw forbidden();
        }
        if (location == null) {
            throw ProblemException.invalid("locationId", "does not exist");
        }
        if (!location.active()) {
            throw ProblemException.invalid("locationId", "is not active");
        }
        return switch (role) {
            case SCHOOL_STAFF -> {
                if (!location.schoolLibrary()) {
                    throw ProblemException.invalid("locationId", "must be a school library for SCHOOL_STAFF");
                }
                yield new AppUser.Scope(location.schoolId(), location.organisationId(), location.id());
            }
            case LIBRARY_STAFF -> new AppUser.Scope(null, location.organisationId(), location.id());
            case ADMIN -> new AppUser.Scope(null, location.organisationId(), location.id());
        };
    }

    /** Refuses to leave the installation without an active administrator, or the actor without their own rights. */
    private void keepAnAdministrator(Actor actor, AppUser user, String what) {
        if (user.id() == actor.userId()) {
            throw new ProblemException(ErrorCode.LAST_ADMINISTRATOR, "You cannot have your own account " + what
                    + "; ask another administrator.");
        }
        if (user.role() == Role.ADMIN) {
            List<AppUser> admins = users.lockActiveAdministrators();
            if (admins.stream().noneMatch(a -> !a.id().equals(user.id()))) {
                throw new ProblemException(ErrorCode.LAST_ADMINISTRATOR, "This is the last active administrator: it "
                        + "cannot be " + what + ". Make another administrator first.");
            }
        }
    }

    private void event(String type, AppUser user, Actor actor, Map<String, Object> facts) {
        Map<String, Object> payload = new HashMap<>(facts);
        payload.put("by", actor.username());
        events.tenantEvent(type, "ACCOUNT", user.id(), user.organisationId(), user.schoolId(), payload);
    }

    private StaffAccount view(long id) {
        users.flush();
        return queries.staffAccount(id).orElseThrow();
    }

    private static ProblemException usernameTaken(String username) {
        return new ProblemException(ErrorCode.USERNAME_TAKEN, "The username " + username + " is taken.",
                List.of(new Problem.FieldError("username", "is taken")), Map.of());
    }

    private static ProblemException forbidden() {
        return new ProblemException(ErrorCode.FORBIDDEN, "You may not manage this account.");
    }
}
