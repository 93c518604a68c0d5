package io.jixiao.command.organization;

import io.jixiao.command.access.CommandPolicy;
import io.jixiao.kernel.organization.AddPersonCommand;
import io.jixiao.kernel.organization.ChangePasswordCommand;
import io.jixiao.kernel.organization.DeactivatePersonCommand;
import io.jixiao.kernel.organization.GrantRoleCommand;
import io.jixiao.kernel.organization.MoveUnitCommand;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.OrganizationEvent;
import io.jixiao.kernel.organization.OrganizationFold;
import io.jixiao.kernel.organization.PasswordChangedEvent;
import io.jixiao.kernel.organization.PasswordResetEvent;
import io.jixiao.kernel.organization.Person;
import io.jixiao.kernel.organization.PersonAddedEvent;
import io.jixiao.kernel.organization.PersonDeactivatedEvent;
import io.jixiao.kernel.organization.PersonReactivatedEvent;
import io.jixiao.kernel.organization.ReactivatePersonCommand;
import io.jixiao.kernel.organization.RegisterUnitCommand;
import io.jixiao.kernel.organization.RenameUnitCommand;
import io.jixiao.kernel.organization.ResetPasswordCommand;
import io.jixiao.kernel.organization.RevokeRoleCommand;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.RoleGrantedEvent;
import io.jixiao.kernel.organization.RoleRevokedEvent;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitMovedEvent;
import io.jixiao.kernel.organization.UnitRegisteredEvent;
import io.jixiao.kernel.organization.UnitRenamedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The organization of one installation (组织架构): units in a hierarchy, people and their roles. One aggregate, so
 * unit and person ids stay unique and a move can never make a cycle; changes are rare enough that one stream
 * serializes them without anyone waiting. Every decision asks {@link CommandPolicy} first, then
 * {@link OrganizationRules}; the state is the kernel's fold, the same the directory and the history use. Not
 * snapshotted: the state is rebuilt once per instance and then kept in the cache.
 */
@Aggregate(cache = "organizationCache")
public class OrganizationChart {
    @AggregateIdentifier
    private String organizationId;
    private final OrganizationFold.Builder state = new OrganizationFold.Builder();

    protected OrganizationChart() {
        // for Axon's event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RegisterUnitCommand c) {
        OrganizationRules.requireNewUnitId(organization(), c.unitId());
        if (c.parentId() == null && !CommandPolicy.isSystem(c.actor())) {
            throw OrganizationRefusals.invalid("parentId", "A unit needs a parent unit.", "请指定上级单位。");
        }
        if (c.parentId() != null) {
            OrganizationRules.requireUnit(organization(), c.parentId());
            CommandPolicy.requireAdministratorOver(c.actor(), organization(), c.parentId(), false);
        }
        OrganizationRules.requireKind(organization(), c.kind(), c.parentId());
        String name = OrganizationRules.unitName(organization(), c.name(), c.parentId(), null);
        apply(new UnitRegisteredEvent(c.unitId(), name, c.kind(), c.parentId(), c.actor(), reason(c.reason())));
        return version();
    }

    @CommandHandler
    public long handle(RenameUnitCommand c) {
        Unit unit = OrganizationRules.requireUnit(organization(), c.unitId());
        CommandPolicy.requireAdministratorOver(c.actor(), organization(), unit.id(), true);
        String name = OrganizationRules.unitName(organization(), c.name(), unit.parentId(), unit.id());
        if (name.equals(unit.name())) {
            throw OrganizationRefusals.nothingChanges("The unit already has this name.", "单位名称未变化。");
        }
        apply(new UnitRenamedEvent(unit.id(), name, c.actor(), reason(c.reason())));
        return version();
    }

    @CommandHandler
    public long handle(MoveUnitCommand c) {
        Unit unit = OrganizationRules.requireUnit(organization(), c.unitId());
        CommandPolicy.requireAdministratorOver(c.actor(), organization(), unit.id(), true);
        Unit parent = OrganizationRules.requireUnit(organization(), c.parentId());
        CommandPolicy.requireAdministratorOver(c.actor(), organization(), parent.id(), false);
        if (parent.id().equals(unit.parentId())) {
            throw OrganizationRefusals.nothingChanges("The unit already sits under " + parent.id() + ".",
                    "该单位已在 " + parent.name() + " 之下。");
        }
        OrganizationRules.requireNoCycle(organization(), unit.id(), parent.id());
        OrganizationRules.requireKind(organization(), unit.kind(), parent.id());
        OrganizationRules.unitName(organization(), unit.name(), parent.id(), unit.id());
        apply(new UnitMovedEvent(unit.id(), parent.id(), c.actor(), reason(c.reason())));
        return version();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(AddPersonCommand c) {
        OrganizationRules.requireNewPersonId(organization(), c.personId());
        Unit unit = OrganizationRules.requireUnit(organization(), c.unitId());
        CommandPolicy.requireAdministratorOver(c.actor(), organization(), unit.id(), false);
        Set<Role> roles = c.roles() == null || c.roles().isEmpty() ? Set.of() : EnumSet.copyOf(c.roles());
        roles.forEach(role -> OrganizationRules.requireRoleFits(role, unit));
        String hash = OrganizationRules.passwordHash(c.passwordHash(), false);
        // a password an administrator chose is known to the administrator: only the installation's own loading
        // (organization file, first administrator) says per person whether it must be changed
        boolean mustChange = hash != null && (c.mustChangePassword() || !CommandPolicy.isSystem(c.actor()));
        apply(new PersonAddedEvent(c.personId(), OrganizationRules.personName(c.name()), unit.id(), roles, hash,
                mustChange, c.actor(), reason(c.reason())));
        return version();
    }

    @CommandHandler
    public long handle(GrantRoleCommand c) {
        Person person = administeredPerson(c.personId(), c.actor());
        OrganizationRules.requireRole(c.role());
        OrganizationRules.requireRoleFits(c.role(), organization().unit(person.unitId()).orElseThrow());
        if (person.roles().contains(c.role())) {
            throw OrganizationRefusals.nothingChanges(person.id() + " already holds " + c.role() + ".",
                    person.name() + " 已有" + c.role().labelZh() + "角色。");
        }
        apply(new RoleGrantedEvent(person.id(), c.role(), c.actor(), reason(c.reason())));
        return version();
    }

    @CommandHandler
    public long handle(RevokeRoleCommand c) {
        Person person = administeredPerson(c.personId(), c.actor());
        OrganizationRules.requireRole(c.role());
        if (!person.roles().contains(c.role())) {
            throw OrganizationRefusals.nothingChanges(person.id() + " does not hold " + c.role() + ".",
                    person.name() + " 没有" + c.role().labelZh() + "角色。");
        }
        apply(new RoleRevokedEvent(person.id(), c.role(), c.actor(), reason(c.reason())));
        return version();
    }

    @CommandHandler
    public long handle(DeactivatePersonCommand c) {
        Person person = administeredPerson(c.personId(), c.actor());
        if (!person.active()) {
            throw OrganizationRefusals.nothingChanges(person.id() + " is already inactive.", person.name() + " 已停用。");
        }
        apply(new PersonDeactivatedEvent(person.id(), c.actor(), reason(c.reason())));
        return version();
    }

    @CommandHandler
    public long handle(ReactivatePersonCommand c) {
        Person person = administeredPerson(c.personId(), c.actor());
        if (person.active()) {
            throw OrganizationRefusals.nothingChanges(person.id() + " is active.", person.name() + " 未停用。");
        }
        apply(new PersonReactivatedEvent(person.id(), c.actor(), reason(c.reason())));
        return version();
    }

    @CommandHandler
    public long handle(ResetPasswordCommand c) {
        Person person = administeredPerson(c.personId(), c.actor());
        // as a bank resets a PIN: the administrator knows the new password, so the person must replace it
        apply(new PasswordResetEvent(person.id(), OrganizationRules.passwordHash(c.passwordHash(), true), true,
                c.actor(), reason(c.reason())));
        return version();
    }

    @CommandHandler
    public long handle(ChangePasswordCommand c) {
        Person person = OrganizationRules.requirePerson(organization(), c.personId());
        if (c.actor() == null || !person.id().equals(c.actor().userId()) || !person.active()) {
            throw OrganizationRefusals.forbidden("OWN_PASSWORD_ONLY", "Only the person may change their own password.",
                    "只能由本人修改自己的密码。");
        }
        apply(new PasswordChangedEvent(person.id(), OrganizationRules.passwordHash(c.passwordHash(), true), c.actor(),
                reason(c.reason())));
        return version();
    }

    @EventSourcingHandler
    void on(OrganizationEvent event) {
        organizationId = OrganizationEvent.STREAM_ID;
        state.apply(event);
    }

    private Person administeredPerson(String personId, io.jixiao.kernel.organization.Actor actor) {
        Person person = OrganizationRules.requirePerson(organization(), personId);
        CommandPolicy.requireAdministratorOver(actor, organization(), person.unitId(), false);
        CommandPolicy.requireNotSelf(actor, person.id());
        return person;
    }

    /** Built once per command at most: applying events copies nothing. */
    private Organization organization() {
        return state.build();
    }

    private static String reason(String reason) {
        return OrganizationRules.reason(reason);
    }

    /** The organization()'s version after this command: its number of events. */
    private static long version() {
        return AggregateLifecycle.getVersion() == null ? 0 : AggregateLifecycle.getVersion() + 1;
    }
}
