package jp.banso.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.DispatcherType;
import jp.banso.base.api.ApiErrors;
import jp.banso.security.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig extends VaadinWebSecurity {

    /**
     * Vaadin's pre-compiled bundles evaluate code and inject inline styles and scripts, so scripts need
     * 'unsafe-inline' and 'unsafe-eval'; everything else is locked to the app's own origin (XSS defence
     * rests on escaping and the Markdown sanitiser, the CSP keeps foreign origins, plugins and framing out).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    private final ApiTokenService apiTokens;
    private final org.springframework.security.core.userdetails.UserDetailsService userDetails;
    private final LoginThrottle loginThrottle;
    private final AccountSessions accountSessions;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationContext context;
    private volatile java.util.List<org.springframework.web.util.pattern.PathPattern> controllerPatterns;

    SecurityConfig(ApiTokenService apiTokens,
                   org.springframework.security.core.userdetails.UserDetailsService userDetails,
                   LoginThrottle loginThrottle, AccountSessions accountSessions) {
        this.apiTokens = apiTokens;
        this.userDetails = userDetails;
        this.loginThrottle = loginThrottle;
        this.accountSessions = accountSessions;
    }

    /** Tells Spring Security (AccountSessions' registry) when the container destroys or renames a session. */
    @Bean
    static org.springframework.security.web.session.HttpSessionEventPublisher httpSessionEventPublisher() {
        return new org.springframework.security.web.session.HttpSessionEventPublisher();
    }

    /**
     * Password login with the throttle checked before the password: a username locked for this client's
     * address is refused even with the right password (a servlet filter reading the form before Spring
     * Security's own login filter lost the new session in the browser, so the check lives here).
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {
            if (loginThrottle.isLocked(user.getUsername(), currentClientAddress())) {
                throw new LockedException("login paused after repeated failures");
            }
            accountStatus.check(user);
        });
        return provider;
    }

    private static String currentClientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : "?";
    }

    /** Ahead of every other filter, so that nothing opens a session for a stale push close (see the filter). */
    @Bean
    FilterRegistrationBean<StalePushCloseFilter> stalePushCloseFilter() {
        FilterRegistrationBean<StalePushCloseFilter> registration = new FilterRegistrationBean<>(new StalePushCloseFilter());
        registration.addUrlPatterns(StalePushCloseFilter.PUSH_PATH, StalePushCloseFilter.PUSH_PATH + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${banso.security.api-requests-per-minute:600}") int perMinute) {
        FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(new ApiRateLimitFilter(clock, perMinute));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Body caps: declared lengths before anything reads a body, the rest after Spring Security (order -100). */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilterEarly() {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(RequestBodyLimitFilter.early());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilterLate() {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(RequestBodyLimitFilter.late());
        registration.setOrder(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    /** The paths Spring MVC's controllers map (read once, on first use: the mapping is built after this config). */
    private java.util.List<org.springframework.web.util.pattern.PathPattern> controllerPatterns() {
        if (controllerPatterns == null) {
            controllerPatterns = context.getBean("requestMappingHandlerMapping",
                            org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class)
                    .getHandlerMethods().keySet().stream()
                    .filter(info -> info.getPathPatternsCondition() != null)
                    .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream()).toList();
        }
        return controllerPatterns;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        UnknownPages unknownPages = new UnknownPages(this::controllerPatterns);
        http.authorizeHttpRequests(auth -> auth
                // the container's error page for a refused or failed request (its own status, never a login redirect)
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // the published library is public, read-only; services decide what is published
                .requestMatchers(AntPathRequestMatcher.antMatcher(HttpMethod.GET, "/api/**")).permitAll()
                .requestMatchers(AntPathRequestMatcher.antMatcher("/images/**"), AntPathRequestMatcher.antMatcher("/icons/**"))
                .permitAll()
                // operators' probe: everyone gets UP/DOWN, only an ADMIN the components (application.properties)
                .requestMatchers(AntPathRequestMatcher.antMatcher(HttpMethod.GET, "/actuator/health")).permitAll()
                .requestMatchers(AntPathRequestMatcher.antMatcher("/actuator/**")).hasRole(AppRoles.ADMIN)
                // an address that is no page: the 404 page for everyone (UnknownPages)
                .requestMatchers(unknownPages).permitAll());
        // ... with HTTP 404: Vaadin answers the page itself with 200 whatever the error view returns (flow#13421)
        // Only for the page itself: Vaadin's own files (its scripts, styles, icons: no views either), its own requests
        // (v-r=…) and anything a browser fetches for a page (Sec-Fetch-Dest other than document) keep their status.
        org.springframework.security.web.util.matcher.RequestMatcher vaadinFiles = new org.springframework.security.web.util.matcher.OrRequestMatcher(
                getDefaultHttpSecurityPermitMatcher(), getDefaultWebSecurityIgnoreMatcher());
        http.addFilterAfter((request, response, chain) -> {
            jakarta.servlet.http.HttpServletRequest page = (jakarta.servlet.http.HttpServletRequest) request;
            String dest = page.getHeader("Sec-Fetch-Dest");
            if ((dest == null || dest.equals("document")) && page.getParameter("v-r") == null && !vaadinFiles.matches(page)
                    && unknownPages.matches(page)) {
                ((jakarta.servlet.http.HttpServletResponse) response).setStatus(HttpStatus.NOT_FOUND.value());
            }
            chain.doFilter(request, response);
        }, org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        // API writes: a Bearer token, or with the session cookie JSON from this origin; anything else (a form or
        // text/plain post from another page) needs Spring's CSRF token like every other write (SameOrigin)
        http.csrf(csrf -> csrf.ignoringRequestMatchers(SameOrigin::apiWriteWithoutToken));
        http.addFilterBefore(new SameOrigin.LoginFilter("/login"),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        // API callers get a JSON 401, not a redirect to the login page; a refusal (403) is sent as an error,
        // which the error page answers as JSON for /api (ApiErrorController)
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                (request, response, ex) -> ApiErrors.write(response, HttpStatus.UNAUTHORIZED, "Authentication required."),
                ApiErrors::isApi));
        http.headers(headers -> headers
                .contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.sameOrigin())
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        // a new session id at login (Spring's default, stated so a change is deliberate); every session is
        // registered (no limit on how many) so that an account change can end them (AccountSessions)
        http.sessionManagement(s -> s.sessionFixation(f -> f.migrateSession())
                .maximumSessions(-1)
                .sessionRegistry(accountSessions.registry())
                .expiredSessionStrategy(accountSessions));
        http.addFilterBefore(new ApiTokenFilter(apiTokens, userDetails),
                org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class);
        super.configure(http);
        setLoginView(http, LoginView.class);
        // a login refused by the throttle says so (LoginView shows "paused"), any other failure stays generic
        http.formLogin(form -> form.failureHandler((request, response, e) -> response.sendRedirect(
                request.getContextPath() + "/login?error" + (e instanceof LockedException ? "&locked" : ""))));
    }
}
