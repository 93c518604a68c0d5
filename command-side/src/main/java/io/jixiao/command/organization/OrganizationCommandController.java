package io.jixiao.command.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jixiao.command.web.CommandSender;
import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.organization.AddPersonCommand;
import io.jixiao.kernel.organization.DeactivatePersonCommand;
import io.jixiao.kernel.organization.GrantRoleCommand;
import io.jixiao.kernel.organization.MoveUnitCommand;
import io.jixiao.kernel.organization.PasswordPolicy;
import io.jixiao.kernel.organization.ReactivatePersonCommand;
import io.jixiao.kernel.organization.RegisterUnitCommand;
import io.jixiao.kernel.organization.RenameUnitCommand;
import io.jixiao.kernel.organization.ResetPasswordCommand;
import io.jixiao.kernel.organization.RevokeRoleCommand;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.UnitKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.jixiao.command.web.RequestValues.invalid;

/**
 * HTTP for changing the organization. Who may is decided by the aggregate through the command policy; passwords are
 * hashed here, so no command or event ever holds one in plain text.
 */
@RestController
public class OrganizationCommandController {
    private final CommandSender commands;
    private final PasswordEncoder passwords;

    public OrganizationCommandController(CommandSender commands, PasswordEncoder passwords) {
        this.commands = commands;
        this.passwords = passwords;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganizationOutcome(String unitId, String personId, long organizationVersion) {
    }

    @PostMapping("/api/organization/units")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<OrganizationOutcome> registerUnit(@RequestBody OrganizationRequests.RegisterUnit body) {
        UnitKind kind = kind(body.kind());
        return commands.<Long>send(actor -> new RegisterUnitCommand(body.unitId(), body.name(), kind,
                body.parentId(), actor, body.reason())).map(version -> unit(body.unitId(), version));
    }

    @PostMapping("/api/organization/units/{unitId}/rename")
    public Mono<OrganizationOutcome> renameUnit(@PathVariable String unitId,
                                                @RequestBody OrganizationRequests.RenameUnit body) {
        return commands.<Long>send(actor -> new RenameUnitCommand(unitId, body.name(), actor, body.reason()))
                .map(version -> unit(unitId, version));
    }

    @PostMapping("/api/organization/units/{unitId}/move")
    public Mono<OrganizationOutcome> moveUnit(@PathVariable String unitId,
                                              @RequestBody OrganizationRequests.MoveUnit body) {
        return commands.<Long>send(actor -> new MoveUnitCommand(unitId, body.parentId(), actor, body.reason()))
                .map(version -> unit(unitId, version));
    }

    @PostMapping("/api/organization/people")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<OrganizationOutcome> addPerson(@RequestBody OrganizationRequests.AddPerson body) {
        Set<Role> roles = roles(body.roles());
        return hash(body.personId(), body.password(), false).map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(hash -> commands.<Long>send(actor -> new AddPersonCommand(body.personId(), body.name(),
                        body.unitId(), roles, hash.orElse(null), actor, body.reason())))
                .map(version -> person(body.personId(), version));
    }

    @PostMapping("/api/organization/people/{personId}/grant-role")
    public Mono<OrganizationOutcome> grantRole(@PathVariable String personId,
                                               @RequestBody OrganizationRequests.ChangeRole body) {
        Role role = role(body.role());
        return commands.<Long>send(actor -> new GrantRoleCommand(personId, role, actor, body.reason()))
                .map(version -> person(personId, version));
    }

    @PostMapping("/api/organization/people/{personId}/revoke-role")
    public Mono<OrganizationOutcome> revokeRole(@PathVariable String personId,
                                                @RequestBody OrganizationRequests.ChangeRole body) {
        Role role = role(body.role());
        return commands.<Long>send(actor -> new RevokeRoleCommand(personId, role, actor, body.reason()))
                .map(version -> person(personId, version));
    }

    @PostMapping("/api/organization/people/{personId}/deactivate")
    public Mono<OrganizationOutcome> deactivate(@PathVariable String personId,
                                                @RequestBody OrganizationRequests.Reason body) {
        return commands.<Long>send(actor -> new DeactivatePersonCommand(personId, actor, body.reason()))
                .map(version -> person(personId, version));
    }

    @PostMapping("/api/organization/people/{personId}/reactivate")
    public Mono<OrganizationOutcome> reactivate(@PathVariable String personId,
                                                @RequestBody OrganizationRequests.Reason body) {
        return commands.<Long>send(actor -> new ReactivatePersonCommand(personId, actor, body.reason()))
                .map(version -> person(personId, version));
    }

    @PostMapping("/api/organization/people/{personId}/password")
    public Mono<OrganizationOutcome> resetPassword(@PathVariable String personId,
                                                   @RequestBody OrganizationRequests.NewPassword body) {
        return hash(personId, body.password(), true)
                .flatMap(hash -> commands.<Long>send(actor -> new ResetPasswordCommand(personId, hash, actor,
                        body.reason())))
                .map(version -> person(personId, version));
    }

    /**
     * bcrypt is deliberately slow: off the event loop. Empty when no password is given and none is required. The
     * person must replace it at the next sign-in (the aggregate records that), as with any password someone else set.
     */
    private Mono<String> hash(String personId, String password, boolean required) {
        if (password == null && !required) {
            return Mono.empty();
        }
        try {
            PasswordPolicy.require("password", personId, password);
        } catch (Refusal weak) {
            return Mono.error(weak);
        }
        return Mono.fromCallable(() -> passwords.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    private static UnitKind kind(String value) {
        try {
            return value == null ? null : UnitKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("kind", "kind must be FINANCE_BUREAU, COMPETENT_DEPARTMENT or IMPLEMENTING_UNIT.",
                    "单位类型应为 FINANCE_BUREAU（财政局）、COMPETENT_DEPARTMENT（主管部门）或 IMPLEMENTING_UNIT（实施单位）。");
        }
    }

    private static Role role(String value) {
        try {
            return value == null ? null : Role.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("role", "role must be one of " + List.of(Role.values()) + ".",
                    "角色应为 " + List.of(Role.values()) + " 之一。");
        }
    }

    private static Set<Role> roles(List<String> values) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (values != null) {
            for (String value : values) {
                Role role = role(value);
                if (role == null) {
                    throw invalid("roles", "roles may not contain null.", "角色列表不能含空值。");
                }
                roles.add(role);
            }
        }
        return roles;
    }

    private static OrganizationOutcome unit(String unitId, long version) {
        return new OrganizationOutcome(unitId, null, version);
    }

    private static OrganizationOutcome person(String personId, long version) {
        return new OrganizationOutcome(null, personId, version);
    }
}
