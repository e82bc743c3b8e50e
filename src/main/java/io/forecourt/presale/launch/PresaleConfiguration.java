package io.forecourt.presale.launch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code forecourt.presale.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PresaleSettings.class)
class PresaleConfiguration {

}
