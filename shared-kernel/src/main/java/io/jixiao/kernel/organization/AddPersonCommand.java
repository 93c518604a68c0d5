package io.jixiao.kernel.organization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Adds a person to a unit; the password arrives already hashed. {@code mustChangePassword} is read only for the
 * installation's own commands (organization file, first administrator): a password an administrator sets must
 * always be changed by its person.
 */
public record AddPersonCommand(@TargetAggregateIdentifier String organizationId, String personId, String name,
                               String unitId, Set<Role> roles, String passwordHash, boolean mustChangePassword,
                               Actor actor, String reason) {

    /** Addressed to the installation's one organization. */
    public AddPersonCommand(String personId, String name, String unitId, Set<Role> roles, String passwordHash,
                            boolean mustChangePassword, Actor actor, String reason) {
        this(OrganizationEvent.STREAM_ID, personId, name, unitId, roles, passwordHash, mustChangePassword, actor,
                reason);
    }

    /** Addressed to the installation's one organization, by an administrator (who cannot waive the change). */
    public AddPersonCommand(String personId, String name, String unitId, Set<Role> roles, String passwordHash,
                            Actor actor, String reason) {
        this(personId, name, unitId, roles, passwordHash, false, actor, reason);
    }

    /** The hash stays out of logs. */
    @Override
    public String toString() {
        return "AddPersonCommand[" + "organizationId=" + organizationId
                + ", personId=" + personId
                + ", name=" + name
                + ", unitId=" + unitId
                + ", roles=" + roles
                + ", passwordHash=" + (passwordHash == null ? null : "[hidden]")
                + ", mustChangePassword=" + mustChangePassword
                + ", actor=" + actor
                + ", reason=" + reason + "]";
    }
}
