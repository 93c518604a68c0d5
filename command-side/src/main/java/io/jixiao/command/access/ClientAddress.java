package io.jixiao.command.access;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address of the person at the other end, as the login limiter keys it. Behind a reverse proxy every request
 * comes from the proxy, so 20 wrong passwords of one user would lock out everyone behind it; so when, and only
 * when, the direct peer is one of the configured trusted proxies ({@code jixiao.security.trusted-proxies}, CIDR
 * list, default none), the client is read from the one forwarding header the proxy writes
 * ({@code jixiao.security.client-address-header}: {@code X-Forwarded-For}, default, or {@code Forwarded}): the
 * rightmost hop that is not itself a trusted proxy, i.e. the address a trusted proxy saw. Everything left of it
 * was written by the client and is ignored, and a peer that is not a trusted proxy is taken as the client
 * whatever headers it sends, so nobody can slip out of the limiter by naming another address.
 *
 * <p>Not Spring's {@code ForwardedHeaderTransformer} nor {@code server.forward-headers-strategy}: both believe the
 * headers of every peer (Reactor Netty's forwarded support has no list of trusted proxies), and they rewrite the
 * request's remote address for everything; a client reaching the application directly could then pick the address
 * it is limited as. Here only the limiter's key is derived, and only from hops we trust.
 */
public final class ClientAddress {
    public static final String X_FORWARDED_FOR = "X-Forwarded-For";
    public static final String FORWARDED = "Forwarded";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private final List<Range> trusted;
    private final String header;

    /**
     * @param trustedProxies addresses or CIDR ranges ({@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code fd00::/8})
     * @param header         {@code X-Forwarded-For} or {@code Forwarded}
     */
    public ClientAddress(List<String> trustedProxies, String header) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Range::parse).toList();
        if (header.equalsIgnoreCase(X_FORWARDED_FOR)) {
            this.header = X_FORWARDED_FOR;
        } else if (header.equalsIgnoreCase(FORWARDED)) {
            this.header = FORWARDED;
        } else {
            throw new IllegalArgumentException("jixiao.security.client-address-header must be " + X_FORWARDED_FOR
                    + " or " + FORWARDED + ", not '" + header + "'");
        }
    }

    public String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        if (remote.getAddress() == null) {
            return remote.getHostString();
        }
        InetAddress client = remote.getAddress();
        if (!isTrusted(client)) {
            return client.getHostAddress();
        }
        List<String> hops = hops(request.getHeaders());
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                break; // not an address: keep the last hop a trusted proxy vouched for
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** The forwarded-for hops, leftmost (claimed client) first, over every line of the header. */
    private List<String> hops(HttpHeaders headers) {
        List<String> hops = new ArrayList<>();
        for (String line : headers.getOrEmpty(header)) {
            for (String element : line.split(",")) {
                if (header.equals(X_FORWARDED_FOR)) {
                    hops.add(element.strip());
                } else {
                    hops.add(forwardedFor(element));
                }
            }
        }
        return hops;
    }

    /** RFC 7239: {@code for=192.0.2.60;proto=http} or {@code for="[2001:db8::17]:4711"}; empty when absent. */
    private static String forwardedFor(String element) {
        for (String pair : element.split(";")) {
            String[] nameValue = pair.strip().split("=", 2);
            if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("for")) {
                String value = nameValue[1].strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (value.startsWith("[")) {
                    int end = value.indexOf(']');
                    return end < 0 ? "" : value.substring(1, end);
                }
                int port = value.indexOf(':');
                return port >= 0 && value.indexOf(':', port + 1) < 0 ? value.substring(0, port) : value;
            }
        }
        return "";
    }

    /** A literal IPv4 or IPv6 address, never a name (no DNS lookup for what a client wrote); null otherwise. */
    static InetAddress literal(String text) {
        String value = text.strip();
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        try {
            if (IPV4.matcher(value).matches()) {
                byte[] bytes = new byte[4];
                String[] parts = value.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(parts[i]);
                    if (part > 255) {
                        return null;
                    }
                    bytes[i] = (byte) part;
                }
                return InetAddress.getByAddress(bytes);
            }
            // starting with a hex digit or colon and holding a colon, Java parses it as a literal and never resolves
            return IPV6.matcher(value).matches() ? InetAddress.getByName(value) : null;
        } catch (UnknownHostException | NumberFormatException notAnAddress) {
            return null;
        }
    }

    /** An address range: a CIDR block, or one address. */
    private record Range(byte[] network, int prefix) {
        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("jixiao.security.trusted-proxies: '" + text
                        + "' is not an IP address or CIDR range (e.g. 10.0.0.0/8)");
            }
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = parts.length == 1 ? bits : Integer.parseInt(parts[1].strip());
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("jixiao.security.trusted-proxies: '" + text
                        + "' has a prefix outside 0-" + bits);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - prefix;
            return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }
}
