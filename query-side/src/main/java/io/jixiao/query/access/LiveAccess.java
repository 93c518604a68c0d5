package io.jixiao.query.access;

import io.jixiao.kernel.organization.Organization;
import io.jixiao.kernel.organization.Person;
import io.jixiao.platform.organization.OrganizationDirectory;
import io.jixiao.platform.web.AccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Keeps an open live stream to what its person may read now. The token was checked once, when the stream opened;
 * after that the person is looked up again in the organization as it is now, before every event the stream would
 * send and on a tick of its own (so an idle stream notices too): deactivated, their sign-in ended by a password
 * change or reset (the token's issue time against the person's "tokens not before"), left without a role, or no
 * longer over what they watch, they get one last event {@value #REVOKED} saying why, and the stream ends.
 */
@Component
public class LiveAccess {
    public static final String REVOKED = AccessChanged.EVENT;
    private static final Logger refusals = LoggerFactory.getLogger("io.jixiao.refusals");

    /** Why a stream was ended, in {@code details.reason} of the last event. */
    enum Reason {
        DEACTIVATED("your account is no longer active", "您的账号已停用"),
        SIGN_IN_ENDED("your sign-in has ended (the password was changed or reset, or the account was deactivated "
                + "since); sign in again", "您的登录已失效（此后密码已修改或重置，或账号曾被停用），请重新登录"),
        NO_ROLE("you no longer hold a role", "您已没有任何角色"),
        OUT_OF_SCOPE("this is no longer within your unit or the units below it", "该内容已不在您的单位及其下级单位范围内");

        private final String message;
        private final String messageZh;

        Reason(String message, String messageZh) {
            this.message = message;
            this.messageZh = messageZh;
        }
    }

    private final Organization organization;
    private final OrganizationDirectory directory;
    private final ReadPolicy policy;
    private final Flux<Long> checks;

    @Autowired
    public LiveAccess(Organization organization, OrganizationDirectory directory, ReadPolicy policy,
                      @Value("${jixiao.streams.access-check-interval:1s}") String checkInterval) {
        this(organization, directory, policy, DurationStyle.detectAndParse(checkInterval));
    }

    public LiveAccess(Organization organization, OrganizationDirectory directory, ReadPolicy policy,
                      Duration checkInterval) {
        if (checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException(
                    "jixiao.streams.access-check-interval must be positive: " + checkInterval);
        }
        this.organization = organization;
        this.directory = directory;
        this.policy = policy;
        // one timer for every open stream; each stream drops the ticks it has no room for (below), so a reader who
        // stops reading holds up nobody else's checks
        this.checks = Flux.interval(checkInterval).onBackpressureDrop().share();
    }

    /**
     * The organization each time it has changed since this call (a unit renamed or moved, a role granted or
     * revoked, a person added or deactivated), noticed on the access-check tick: a stream whose answer depends on the
     * organization (which units a dashboard rolls up) asks again, although no form changed. Call it before asking
     * for the first answer, so that no change falls between the two.
     */
    public Flux<Organization> organizationChanges() {
        AtomicReference<Organization> seen = new AtomicReference<>(directory.current());
        return checks.onBackpressureDrop().map(tick -> directory.current())
                .filter(now -> seen.getAndSet(now) != now);
    }

    /**
     * The events, for as long as the person who opened the stream may still see what it shows.
     *
     * @param opened  the caller as the stream's request named them
     * @param watched what the stream shows, for the log line ("form ev-1")
     * @param maySee  whether the caller, as known now, may see it; given the latest data sent (null before the
     *                first)
     */
    public <T> Flux<ServerSentEvent<?>> whileAllowed(Caller opened, String watched, BiPredicate<Caller, T> maySee,
                                                    Flux<ServerSentEvent<T>> events) {
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> Optional.ofNullable(context.getAuthentication()))
                .defaultIfEmpty(Optional.empty())
                .flatMapMany(authentication -> whileAllowed(opened, issuedAt(authentication), watched, maySee,
                        events));
    }

    /** The stream's token's issue time: a password change or reset after it ends the sign-in, and the stream. */
    private static Optional<Instant> issuedAt(Optional<Authentication> authentication) {
        return authentication.filter(JwtAuthenticationToken.class::isInstance).map(JwtAuthenticationToken.class::cast)
                .map(token -> token.getToken().getIssuedAt());
    }

    private <T> Flux<ServerSentEvent<?>> whileAllowed(Caller opened, Optional<Instant> issuedAt, String watched,
                                                     BiPredicate<Caller, T> maySee, Flux<ServerSentEvent<T>> events) {
        AtomicReference<T> latest = new AtomicReference<>();
        Sinks.Empty<Void> eventsEnded = Sinks.empty();
        Flux<Optional<ServerSentEvent<T>>> items = Flux.merge(
                events.map(Optional::of).doOnComplete(eventsEnded::tryEmitEmpty),
                checks.onBackpressureDrop().takeUntilOther(eventsEnded.asMono()).map(tick -> Optional.empty()));
        return items.handle((item, sink) -> {
            T data = item.map(ServerSentEvent::data).orElse(latest.get());
            Optional<Reason> revoked = revoked(opened, issuedAt, caller -> maySee.test(caller, data));
            if (revoked.isPresent()) {
                refusals.info("Ended live stream of {} for {}: ACCESS_CHANGED {}", watched, opened.userId(),
                        revoked.get());
                sink.next(AccessChanged.event(revoked.get().message, revoked.get().messageZh, revoked.get().name()));
                sink.complete();
                return;
            }
            if (item.isPresent()) {
                if (item.get().data() != null) {
                    latest.set(item.get().data());
                }
                sink.next(item.get());
            }
        });
    }

    private Optional<Reason> revoked(Caller opened, Optional<Instant> issuedAt, Predicate<Caller> maySee) {
        Optional<Caller> now = organization.person(opened.userId()).filter(Person::active)
                .map(person -> new Caller(person.id(), person.name(), person.unitId(), person.roles()));
        if (now.isEmpty()) {
            return Optional.of(Reason.DEACTIVATED);
        }
        Optional<Instant> notBefore = directory.tokensNotBefore(opened.userId());
        if (notBefore.isPresent() && issuedAt.isPresent() && !issuedAt.get().isAfter(notBefore.get())) {
            return Optional.of(Reason.SIGN_IN_ENDED);
        }
        if (!policy.reads(now.get())) {
            return Optional.of(Reason.NO_ROLE);
        }
        return maySee.test(now.get()) ? Optional.empty() : Optional.of(Reason.OUT_OF_SCOPE);
    }

}
