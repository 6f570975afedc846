package org.continuum.workflow;

import org.operaton.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link EngineRestIdentityFilter} behind Spring Security, on the engine REST API. */
@Configuration(proxyBeanMethods = false)
class EngineRestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<EngineRestIdentityFilter> engineRestIdentityFilter(
      IdentityService identityService, EngineUserDirectory directory) {
    FilterRegistrationBean<EngineRestIdentityFilter> registration =
        new FilterRegistrationBean<>(new EngineRestIdentityFilter(identityService, directory));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
