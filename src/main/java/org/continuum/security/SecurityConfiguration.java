package org.continuum.security;

import static org.continuum.security.Roles.ADMINS;
import static org.continuum.security.Roles.ANALYSTS;
import static org.continuum.security.Roles.AUTHORIZATIONS;
import static org.continuum.security.Roles.BILLERS;
import static org.continuum.security.Roles.BILLING_LEADS;
import static org.continuum.security.Roles.CLINICIANS;
import static org.continuum.security.Roles.MANAGERS;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The role-by-endpoint matrix. Whatever is not named here is denied.
 *
 * <p>Three chains: the Operaton web apps authenticate and authorize against the engine themselves
 * (their own login, sessions and CSRF protection), the engine REST API takes HTTP Basic and is
 * further restricted by the engine's authorizations, and the product API takes HTTP Basic or the
 * web session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  /** Who reads practice data (patients, coverages): the people who bill, authorize or manage. */
  private static final String[] PRACTICE_READERS = {
    BILLERS, AUTHORIZATIONS, BILLING_LEADS, MANAGERS, ADMINS
  };

  private static final String[] PRACTICE_WRITERS = {BILLERS, BILLING_LEADS, ADMINS};

  /** Payer rules carry no PHI: analysts, who model the rules, read and change them too. */
  private static final String[] PAYER_READERS = {
    BILLERS, AUTHORIZATIONS, BILLING_LEADS, MANAGERS, ANALYSTS, ADMINS
  };

  private static final String[] PAYER_WRITERS = {BILLING_LEADS, ANALYSTS, ADMINS};
  private static final String[] AUTHORIZATION_WRITERS = {AUTHORIZATIONS, BILLING_LEADS, ADMINS};

  /** Who books or imports appointments: front desk and billing staff, and coordinators. */
  private static final String[] APPOINTMENT_WRITERS = {
    BILLERS, AUTHORIZATIONS, BILLING_LEADS, ADMINS
  };

  private static final String[] CLINICIAN_WRITERS = {BILLING_LEADS, MANAGERS, ADMINS};
  private static final String[] MODELLERS = {ANALYSTS, ADMINS};

  /** Who records sessions from the EHR: billing staff, not clinicians (they answer queries). */
  private static final String[] SESSION_WRITERS = {BILLERS, BILLING_LEADS, ADMINS};

  /** Clinicians read only their own sessions' claims: the claim API narrows them further. */
  private static final String[] CLAIM_READERS = {
    BILLERS, AUTHORIZATIONS, CLINICIANS, BILLING_LEADS, MANAGERS, ADMINS
  };

  /** Claim lists and appeal letters: billing staff only, not narrowed per clinician. */
  private static final String[] BILLING_READERS = {
    BILLERS, AUTHORIZATIONS, BILLING_LEADS, MANAGERS, ADMINS
  };

  /** Who enters a payer's decision on an appeal: the people who file appeals. */
  private static final String[] APPEAL_WRITERS = {BILLERS, BILLING_LEADS, ADMINS};

  /** Voiding a claim is a billing decision: billers, their leads, administrators. */
  private static final String[] CLAIM_VOIDERS = {BILLERS, BILLING_LEADS, ADMINS};

  /** Who exchanges X12 with payers: cuts batches, posts remittances. */
  private static final String[] EDI_USERS = {BILLERS, BILLING_LEADS, ADMINS};

  private static final String[] BATCH_READERS = {BILLERS, BILLING_LEADS, MANAGERS, ADMINS};

  /** Who reads the manager figures (aging, KPIs) and the dashboard: money, not patients. */
  private static final String[] FIGURE_READERS = {MANAGERS, BILLING_LEADS, ADMINS};

  @Bean
  @Order(1)
  SecurityFilterChain operatonWebapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/operaton/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
    // The engine REST API is a Jersey servlet, not Spring MVC: match on the whole path.
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(paths.matcher("/engine-rest/**"))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(paths.matcher(POST, "/engine-rest/deployment/create"))
                    .hasAnyRole(roles(MODELLERS))
                    .requestMatchers(paths.matcher(DELETE, "/engine-rest/deployment/**"))
                    .hasAnyRole(roles(MODELLERS))
                    .anyRequest()
                    .authenticated())
        .httpBasic(
            basic ->
                basic
                    .realmName("Continuum engine")
                    .authenticationEntryPoint(new LoginRefusal("Continuum engine")))
        .addFilterBefore(new CrossSiteRequestFilter(), BasicAuthenticationFilter.class)
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain application(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                    .permitAll()
                    .requestMatchers(GET, "/", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .authenticated()
                    // practice
                    .requestMatchers(GET, "/api/patients/**", "/api/coverages/**")
                    .hasAnyRole(roles(PRACTICE_READERS))
                    .requestMatchers("/api/patients/**", "/api/coverages/**")
                    .hasAnyRole(roles(PRACTICE_WRITERS))
                    .requestMatchers(GET, "/api/clinicians/**", "/api/organisation/**")
                    .hasAnyRole(roles(PAYER_READERS))
                    .requestMatchers("/api/clinicians/**", "/api/organisation/**")
                    .hasAnyRole(roles(CLINICIAN_WRITERS))
                    // payers, their profiles and fee schedules
                    .requestMatchers(GET, "/api/payers/**")
                    .hasAnyRole(roles(PAYER_READERS))
                    .requestMatchers("/api/payers/**")
                    .hasAnyRole(roles(PAYER_WRITERS))
                    // authorizations, their burn-down, affected appointments and renewal decision
                    .requestMatchers(GET, "/api/authorizations/**")
                    .hasAnyRole(roles(PRACTICE_READERS))
                    .requestMatchers(POST, "/api/authorizations/**")
                    .hasAnyRole(roles(AUTHORIZATION_WRITERS))
                    .requestMatchers(PUT, "/api/authorizations/**")
                    .hasAnyRole(roles(AUTHORIZATION_WRITERS))
                    .requestMatchers(DELETE, "/api/authorizations/**")
                    .hasAnyRole(roles(AUTHORIZATION_WRITERS))
                    // appointments
                    .requestMatchers(GET, "/api/appointments", "/api/appointments/**")
                    .hasAnyRole(roles(PRACTICE_READERS))
                    .requestMatchers(POST, "/api/appointments", "/api/appointments/import")
                    .hasAnyRole(roles(APPOINTMENT_WRITERS))
                    // sessions and claims
                    .requestMatchers(POST, "/api/sessions", "/api/sessions/import")
                    .hasAnyRole(roles(SESSION_WRITERS))
                    .requestMatchers(
                        GET,
                        "/api/claims/filing-deadlines",
                        "/api/claims/*/appeal-letters",
                        "/api/claims/*/appeal-letters/*")
                    .hasAnyRole(roles(BILLING_READERS))
                    .requestMatchers(GET, "/api/claims/**")
                    .hasAnyRole(roles(CLAIM_READERS))
                    .requestMatchers(POST, "/api/claims/*/appeal-decision")
                    .hasAnyRole(roles(APPEAL_WRITERS))
                    .requestMatchers(POST, "/api/claims/*/void")
                    .hasAnyRole(roles(CLAIM_VOIDERS))
                    // X12 exchange
                    .requestMatchers(
                        GET, "/api/edi/outbound/batches", "/api/edi/outbound/batches/**")
                    .hasAnyRole(roles(BATCH_READERS))
                    .requestMatchers("/api/edi/**")
                    .hasAnyRole(roles(EDI_USERS))
                    // manager figures and their dashboard
                    .requestMatchers(GET, "/api/ar/**", "/api/kpis", "/dashboard", "/dashboard/**")
                    .hasAnyRole(roles(FIGURE_READERS))
                    // the audit trail: administrators only
                    .requestMatchers(GET, "/api/audit", "/api/audit/**")
                    .hasRole(Roles.roleOf(ADMINS))
                    // operators' checks: the reconciliation
                    .requestMatchers(GET, "/api/admin/reconciliation")
                    .hasAnyRole(roles(ADMINS))
                    .anyRequest()
                    .denyAll())
        .httpBasic(
            basic ->
                basic
                    .realmName("Continuum")
                    .authenticationEntryPoint(new LoginRefusal("Continuum")))
        // pages keep Spring's session-bound CSRF token; the stateless API refuses cross-site writes
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
        .addFilterBefore(new CrossSiteRequestFilter(), BasicAuthenticationFilter.class)
        .build();
  }

  private static String[] roles(String... groups) {
    return Arrays.stream(groups).map(Roles::roleOf).toArray(String[]::new);
  }
}
