package org.continuum.edi;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link X12Limits} from {@code continuum.x12.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(X12Limits.class)
class X12LimitsConfiguration {}
