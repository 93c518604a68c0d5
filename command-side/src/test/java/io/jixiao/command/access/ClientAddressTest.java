package io.jixiao.command.access;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {
    private static final ClientAddress BEHIND_NGINX =
            new ClientAddress(List.of("127.0.0.1", "10.0.0.0/8", "fd00::/8"), "X-Forwarded-For");

    @Test
    void withoutTrustedProxiesTheSocketAddressIsTheClientWhateverTheHeadersSay() {
        ClientAddress trustingNobody = new ClientAddress(List.of(), "X-Forwarded-For");
        assertThat(trustingNobody.of(from("127.0.0.1", "X-Forwarded-For", "203.0.113.7"))).isEqualTo("127.0.0.1");
        assertThat(trustingNobody.of(from("198.51.100.4", "X-Forwarded-For", "203.0.113.7")))
                .isEqualTo("198.51.100.4");
    }

    @Test
    void aPeerThatIsNotATrustedProxyCannotNameAnotherAddress() {
        assertThat(BEHIND_NGINX.of(from("198.51.100.4", "X-Forwarded-For", "203.0.113.7")))
                .isEqualTo("198.51.100.4");
        assertThat(BEHIND_NGINX.of(from("11.0.0.1", "X-Forwarded-For", "10.0.0.5"))).isEqualTo("11.0.0.1");
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopIsTheClient() {
        assertThat(BEHIND_NGINX.of(from("127.0.0.1", "X-Forwarded-For", "203.0.113.7"))).isEqualTo("203.0.113.7");
        // the client wrote the first entry itself; nginx appended the address it saw
        assertThat(BEHIND_NGINX.of(from("127.0.0.1", "X-Forwarded-For", "1.2.3.4, 203.0.113.7")))
                .isEqualTo("203.0.113.7");
        // two trusted proxies in a row, and the header split over two lines
        assertThat(BEHIND_NGINX.of(from("10.0.0.2", "X-Forwarded-For", "1.2.3.4, 203.0.113.7", "10.0.0.9")))
                .isEqualTo("203.0.113.7");
        assertThat(BEHIND_NGINX.of(from("10.0.0.2", "X-Forwarded-For", "2001:db8::17")))
                .isEqualTo("2001:db8:0:0:0:0:0:17");
    }

    @Test
    void somethingThatIsNotAnAddressStopsAtTheLastTrustedHop() {
        assertThat(BEHIND_NGINX.of(from("127.0.0.1", "X-Forwarded-For", "evil.example, 10.0.0.3")))
                .isEqualTo("10.0.0.3");
        assertThat(BEHIND_NGINX.of(from("127.0.0.1", "X-Forwarded-For", "unknown"))).isEqualTo("127.0.0.1");
        assertThat(BEHIND_NGINX.of(from("127.0.0.1", "X-Forwarded-For", "999.1.1.1"))).isEqualTo("127.0.0.1");
        assertThat(BEHIND_NGINX.of(from("127.0.0.1"))).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.literal(".:localhost")).isNull();
        assertThat(ClientAddress.literal("localhost")).isNull();
    }

    @Test
    void onlyTheConfiguredHeaderIsRead() {
        assertThat(BEHIND_NGINX.of(from("127.0.0.1", "Forwarded", "for=203.0.113.7"))).isEqualTo("127.0.0.1");
        ClientAddress forwarded = new ClientAddress(List.of("127.0.0.1"), "forwarded");
        assertThat(forwarded.of(from("127.0.0.1", "X-Forwarded-For", "203.0.113.7"))).isEqualTo("127.0.0.1");
        assertThat(forwarded.of(from("127.0.0.1", "Forwarded",
                "for=1.2.3.4;proto=https, for=\"203.0.113.7:4711\";by=127.0.0.1"))).isEqualTo("203.0.113.7");
        assertThat(forwarded.of(from("127.0.0.1", "Forwarded", "for=\"[2001:db8:cafe::17]:4711\"")))
                .isEqualTo("2001:db8:cafe:0:0:0:0:17");
        assertThat(forwarded.of(from("127.0.0.1", "Forwarded", "for=_hidden"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aWrongConfigurationStopsTheStartWithItsReason() {
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"), "X-Forwarded-For"))
                .hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.internal"), "X-Forwarded-For"))
                .hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> new ClientAddress(List.of(), "X-Real-IP")).hasMessageContaining("X-Real-IP");
    }

    private static MockServerHttpRequest from(String peer, String... header) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post("/api/auth/token")
                .remoteAddress(new InetSocketAddress(ClientAddress.literal(peer), 40000));
        for (int i = 1; i < header.length; i++) {
            request.header(header[0], header[i]);
        }
        return request.build();
    }
}
