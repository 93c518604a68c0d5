package io.jixiao.command.organization;

import io.jixiao.kernel.organization.Actor;
import io.jixiao.kernel.organization.OrganizationFold;
import io.jixiao.kernel.organization.PasswordResetEvent;
import io.jixiao.kernel.organization.PersonAddedEvent;
import io.jixiao.kernel.organization.Role;
import io.jixiao.kernel.organization.UnitKind;
import io.jixiao.kernel.organization.UnitRegisteredEvent;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organization events stored before a person could be required to change their password carry no
 * {@code mustChangePassword}: they read back with their old meaning (the person keeps the password), through the
 * serializer the installation stores events with (Axon's Jackson serializer over Spring Boot's object mapper).
 */
class StoredOrganizationEventsTest {
    private static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(Jackson2ObjectMapperBuilder.json().build()).build();
    private static final String ACTOR = "{\"userId\":\"system\",\"name\":\"organization file\",\"unitId\":null,"
            + "\"roles\":[]}";

    @Test
    void eventsOfTheEarlierShapeReadAsBeforeAndNewOnesKeepTheFlag() {
        PersonAddedEvent added = read(PersonAddedEvent.class, "{\"personId\":\"jd-admin\",\"name\":\"管理员\","
                + "\"unitId\":\"JD-FIN\",\"roles\":[\"ADMINISTRATOR\"],\"passwordHash\":\"{bcrypt}$2a$10$x\","
                + "\"actor\":" + ACTOR + ",\"reason\":null}");
        PasswordResetEvent reset = read(PasswordResetEvent.class, "{\"personId\":\"jd-admin\","
                + "\"passwordHash\":\"{bcrypt}$2a$10$y\",\"actor\":" + ACTOR + ",\"reason\":\"忘记密码\"}");
        assertThat(added.mustChangePassword()).isFalse();
        assertThat(reset.mustChangePassword()).isFalse();
        var organization = OrganizationFold.replay(List.of(
                new UnitRegisteredEvent("JD-FIN", "嘉定区财政局", UnitKind.FINANCE_BUREAU, null, added.actor(), null),
                added, reset));
        assertThat(organization.person("jd-admin").orElseThrow().mustChangePassword()).isFalse();

        PersonAddedEvent now = new PersonAddedEvent("admin", "管理员", "JD-FIN", Set.of(Role.ADMINISTRATOR),
                "{bcrypt}$2a$10$z", true, Actor.system("first start"), null);
        assertThat(roundTrip(now)).isEqualTo(now);
        PasswordResetEvent resetNow = new PasswordResetEvent("admin", "{bcrypt}$2a$10$z", true,
                Actor.system("first start"), null);
        assertThat(roundTrip(resetNow)).isEqualTo(resetNow);
    }

    private static <T> T read(Class<T> type, String json) {
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType(type.getName(), null)));
    }

    private static <T> T roundTrip(T event) {
        return SERIALIZER.deserialize(SERIALIZER.serialize(event, byte[].class));
    }
}
