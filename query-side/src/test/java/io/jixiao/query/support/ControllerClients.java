package io.jixiao.query.support;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.platform.web.ApiErrorHandler;
import io.jixiao.kernel.organization.Person;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/** A controller bound with Spring Security and the application's own error mapping, and called as a person of an organization. */
public final class ControllerClients {
    private ControllerClients() {
    }

    public static WebTestClient.Builder bind(Object controller) {
        return WebTestClient.bindToController(controller)
                .controllerAdvice(new ApiErrorHandler())
                .apply(springSecurity())
                .configureClient();
    }

    /** The client carrying a bearer token with the claims the system issues for this person. */
    public static WebTestClient as(WebTestClient client, Organization organization, String userId) {
        Person person = organization.person(userId).orElseThrow();
        return client.mutateWith(mockJwt().jwt(jwt -> jwt.subject(userId).claim("name", person.name())
                .claim("unitId", person.unitId()).claim("roles", person.roles().stream().map(Enum::name).toList())));
    }
}
