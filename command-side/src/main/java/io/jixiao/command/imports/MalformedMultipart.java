package io.jixiao.command.imports;

import io.jixiao.kernel.Refusal;
import io.jixiao.kernel.Refusal.Kind;
import org.springframework.core.codec.DecodingException;

import java.util.Map;
import java.util.Optional;

/**
 * An import's body that is not readable multipart (RFC 7578): Spring's parser says why in its exception's
 * message, which becomes a 400 naming the problem, in English and Chinese, instead of a failure of ours.
 */
final class MalformedMultipart {
    private static final String PARSER_PACKAGE = "org.springframework.http.codec.multipart";

    private record Problem(String marker, String name, String message, String messageZh) {
    }

    private static final Problem[] KNOWN = {
            new Problem("No multipart boundary", "NO_BOUNDARY",
                    "The Content-Type names no boundary; send multipart/form-data; boundary=... as your HTTP client"
                            + " writes it.", "Content-Type 中没有 boundary，请按 multipart/form-data; boundary=... 发送。"),
            new Problem("Could not find first boundary", "NO_FIRST_BOUNDARY",
                    "The body does not contain the boundary its Content-Type names.",
                    "请求内容中没有 Content-Type 所指明的 boundary 分隔符。"),
            new Problem("Could not find end of body", "NO_CLOSING_BOUNDARY",
                    "The body ends before its closing boundary (--boundary--): it was cut off.",
                    "请求内容在结束分隔符（--boundary--）之前就结束了：内容不完整。"),
            new Problem("Could not find end of headers", "PART_HEADERS_NOT_ENDED",
                    "The headers of a part never end (no empty line after them).",
                    "某个部分的头部没有结束（其后没有空行）。"),
    };

    private MalformedMultipart() {
    }

    /** The refusal for an error of the multipart parser, if {@code error} is one or was caused by one. */
    static Optional<Refusal> refusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DecodingException || thrownByParser(cause)) {
                return Optional.of(explained(cause));
            }
        }
        return Optional.empty();
    }

    private static Refusal explained(Throwable error) {
        String said = String.valueOf(error.getMessage());
        for (Problem problem : KNOWN) {
            if (said.contains(problem.marker())) {
                return refusal(problem.name(), problem.message(), problem.messageZh());
            }
        }
        return refusal("UNREADABLE", "The body is not readable as multipart/form-data.",
                "请求内容不是可读取的 multipart/form-data 格式。");
    }

    private static Refusal refusal(String problem, String message, String messageZh) {
        return new Refusal(Kind.INVALID_INPUT, "MALFORMED_MULTIPART", "Malformed multipart body: " + message,
                "multipart 请求格式错误：" + messageZh, Map.of("problem", problem));
    }

    private static boolean thrownByParser(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        for (int i = 0; i < Math.min(trace.length, 4); i++) {
            if (trace[i].getClassName().startsWith(PARSER_PACKAGE)) {
                return true;
            }
        }
        return false;
    }
}
