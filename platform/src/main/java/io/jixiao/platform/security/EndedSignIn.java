package io.jixiao.platform.security;

import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A well-signed, unexpired token whose sign-in is over: signed out, or issued before its person was deactivated,
 * reactivated, or had their password changed or reset. Answered 401 with its own code, so the person is told why
 * they must sign in again.
 */
public final class EndedSignIn extends InvalidBearerTokenException {
    private final String code;
    private final String messageZh;

    private EndedSignIn(String code, String message, String messageZh) {
        super(message);
        this.code = code;
        this.messageZh = messageZh;
    }

    static EndedSignIn signedOut() {
        return new EndedSignIn("SIGNED_OUT", "This token was signed out: sign in again.",
                "该登录已退出，请重新登录。");
    }

    static EndedSignIn superseded() {
        return new EndedSignIn("SIGN_IN_SUPERSEDED",
                "This token was issued before the account was deactivated, reactivated or had its password changed"
                        + " or reset: sign in again.",
                "该登录凭证签发于账号停用、恢复或密码修改、重置之前，已失效，请重新登录。");
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }
}
