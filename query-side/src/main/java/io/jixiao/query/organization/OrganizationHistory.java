package io.jixiao.query.organization;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.OrganizationEvent;
import io.jixiao.kernel.organization.OrganizationFold;
import io.jixiao.kernel.organization.PasswordChangedEvent;
import io.jixiao.kernel.organization.PasswordResetEvent;
import io.jixiao.kernel.organization.PersonAddedEvent;
import io.jixiao.kernel.organization.PersonDeactivatedEvent;
import io.jixiao.kernel.organization.PersonReactivatedEvent;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.RoleGrantedEvent;
import io.jixiao.kernel.organization.RoleRevokedEvent;
import io.jixiao.kernel.organization.Unit;
import io.jixiao.kernel.organization.UnitMovedEvent;
import io.jixiao.kernel.organization.UnitRegisteredEvent;
import io.jixiao.kernel.organization.UnitRenamedEvent;
import io.jixiao.platform.eventstore.EventStreamReader;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who changed the organization, when and why, replayed from its events with the kernel's fold, so each entry can
 * say what a unit or person was before the change. Passwords appear only as "a new password was set".
 */
@Component
public class OrganizationHistory {
    private final ObjectProvider<EventStreamReader> eventStore;

    public OrganizationHistory(ObjectProvider<EventStreamReader> eventStore) {
        this.eventStore = eventStore;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(long version, Instant time, ActorLine actor, String action, String actionZh, String unitId,
                        String personId, String role, String roleZh, String from, String to, String reason) {
    }

    public record ActorLine(String id, String name, String unitId) {
    }

    /** Newest first: the changes that touched a unit at or below {@code unitId}, then or now. Blocking. */
    public List<Entry> concerning(String unitId, String personId, Organization now) {
        List<Entry> entries = new ArrayList<>();
        OrganizationFold.Builder fold = new OrganizationFold.Builder();
        DomainEventStream stream = eventStore.getObject().readFromFirst(OrganizationEvent.STREAM_ID);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof OrganizationEvent event)) {
                continue;
            }
            Organization before = fold.build();
            Organization after = fold.apply(event).build();
            Entry entry = entry(message.getSequenceNumber() + 1, message.getTimestamp(), event, before, after);
            String concerned = entry.unitId() != null ? entry.unitId()
                    : after.person(entry.personId()).map(p -> p.unitId()).orElse(null);
            boolean inScope = concerned != null
                    && (now.isWithin(concerned, unitId) || after.isWithin(concerned, unitId)
                    || before.isWithin(concerned, unitId));
            if (inScope && (personId == null || personId.equals(entry.personId()))) {
                entries.add(entry);
            }
        }
        Collections.reverse(entries);
        return entries;
    }

    private static Entry entry(long version, Instant time, OrganizationEvent event, Organization before,
                               Organization after) {
        Actor a = event.actor();
        ActorLine actor = new ActorLine(a.userId(), a.name(), a.unitId());
        String reason = event.reason();
        if (event instanceof UnitRegisteredEvent e) {
            return new Entry(version, time, actor, "UNIT_REGISTERED", "新设单位", e.unitId(), null, null, null, null,
                    e.name() + "（" + e.kind().labelZh() + (e.parentId() == null ? "" : "，隶属 " + name(after,
                            e.parentId())) + "）", reason);
        }
        if (event instanceof UnitRenamedEvent e) {
            return new Entry(version, time, actor, "UNIT_RENAMED", "单位更名", e.unitId(), null, null, null,
                    name(before, e.unitId()), e.name(), reason);
        }
        if (event instanceof UnitMovedEvent e) {
            String oldParent = before.unit(e.unitId()).map(Unit::parentId).orElse(null);
            return new Entry(version, time, actor, "UNIT_MOVED", "调整隶属关系", e.unitId(), null, null, null,
                    name(before, oldParent), name(after, e.parentId()), reason);
        }
        if (event instanceof PersonAddedEvent e) {
            return new Entry(version, time, actor, "PERSON_ADDED", "新增人员", null, e.personId(), null, null, null,
                    e.name() + "（" + name(after, e.unitId()) + "；" + rolesZh(e.roles()) + "）", reason);
        }
        if (event instanceof RoleGrantedEvent e) {
            return new Entry(version, time, actor, "ROLE_GRANTED", "授予角色", null, e.personId(), e.role().name(),
                    e.role().labelZh(), null, null, reason);
        }
        if (event instanceof RoleRevokedEvent e) {
            return new Entry(version, time, actor, "ROLE_REVOKED", "撤销角色", null, e.personId(), e.role().name(),
                    e.role().labelZh(), null, null, reason);
        }
        if (event instanceof PersonDeactivatedEvent e) {
            return new Entry(version, time, actor, "PERSON_DEACTIVATED", "停用账号", null, e.personId(), null, null,
                    null, null, reason);
        }
        if (event instanceof PersonReactivatedEvent e) {
            return new Entry(version, time, actor, "PERSON_REACTIVATED", "恢复账号", null, e.personId(), null, null,
                    null, null, reason);
        }
        if (event instanceof PasswordChangedEvent e) {
            return new Entry(version, time, actor, "PASSWORD_CHANGED", "本人修改密码", null, e.personId(), null,
                    null, null, null, reason);
        }
        PasswordResetEvent e = (PasswordResetEvent) event;
        return new Entry(version, time, actor, "PASSWORD_RESET", "重设密码", null, e.personId(), null, null, null, null,
                reason);
    }

    private static String name(Organization organization, String unitId) {
        return unitId == null ? null : organization.unit(unitId).map(u -> u.name() + "（" + u.id() + "）").orElse(unitId);
    }

    private static String rolesZh(java.util.Set<Role> roles) {
        return roles.isEmpty() ? "无角色" : String.join("、", roles.stream().sorted().map(Role::labelZh).toList());
    }
}
