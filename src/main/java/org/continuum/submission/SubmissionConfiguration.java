package org.continuum.submission;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the clearinghouse settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClearinghouseProperties.class)
class SubmissionConfiguration {}
