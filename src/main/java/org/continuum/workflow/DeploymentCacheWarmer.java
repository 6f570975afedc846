package org.continuum.workflow;

import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Parses every latest process and decision definition into the engine's deployment cache before the
 * web server takes its first request. A node that joins a cluster finds the models already deployed
 * by another node and would otherwise parse each one lazily, on the first request that needs it;
 * several such requests at once on a fresh node once failed inside the engine while creating an
 * async start job (its process definition id was not yet set). Warming the cache on one thread,
 * before any request, removes that window and the first requests' parsing delay.
 */
@Component
class DeploymentCacheWarmer implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DeploymentCacheWarmer.class);

  private final RepositoryService repositoryService;

  DeploymentCacheWarmer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void afterSingletonsInstantiated() {
    int processes = 0;
    for (ProcessDefinition definition :
        repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      repositoryService.getProcessDefinition(definition.getId());
      processes++;
    }
    int decisions = 0;
    for (DecisionDefinition definition :
        repositoryService.createDecisionDefinitionQuery().latestVersion().list()) {
      repositoryService.getDecisionDefinition(definition.getId());
      decisions++;
    }
    log.info(
        "Deployment cache warmed: {} process and {} decision definitions", processes, decisions);
  }
}
