package org.continuum.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuum.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DeploymentCacheWarmerTests {

  @Autowired ProcessEngine engine;
  @Autowired DeploymentCacheWarmer warmer;

  @Test
  void everyLatestDefinitionIsParsedBeforeAnyRequestNeedsIt() {
    DeploymentCache cache =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getDeploymentCache();
    cache.discardProcessDefinitionCache();
    cache.discardDecisionDefinitionCache();

    warmer.afterSingletonsInstantiated();

    var processes =
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
    var decisions =
        engine.getRepositoryService().createDecisionDefinitionQuery().latestVersion().list();
    assertThat(processes).extracting(ProcessDefinition::getKey).contains("claim-lifecycle");
    assertThat(decisions).extracting(DecisionDefinition::getKey).isNotEmpty();
    assertThat(processes)
        .allSatisfy(
            definition ->
                assertThat(cache.getProcessDefinitionCache().get(definition.getId()))
                    .as(definition.getKey())
                    .isNotNull());
    assertThat(decisions)
        .allSatisfy(
            definition ->
                assertThat(cache.getDecisionDefinitionCache().get(definition.getId()))
                    .as(definition.getKey())
                    .isNotNull());
  }
}
