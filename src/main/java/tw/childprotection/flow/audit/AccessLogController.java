package tw.childprotection.flow.audit;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.childprotection.flow.cases.CaseId;
import tw.childprotection.flow.people.Groups;
import tw.childprotection.flow.security.CurrentUser;
import tw.childprotection.flow.validation.ForbiddenException;
import tw.childprotection.flow.validation.NotFoundException;

/**
 * Who looked at a case: its supervisor (a case of the supervisor's county) or an administrator (any case).
 * Another county's case does not exist for the caller (404, as everywhere in the case API); anyone else of
 * the county is refused (403).
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/access-log")
class AccessLogController {

  /** The record of a case's accesses, oldest first. */
  record CaseAccessLog(String caseId, List<AccessLog.AccessEntry> entries) {
  }

  private final HistoryService history;
  private final CurrentUser user;
  private final AccessLog log;

  AccessLogController(HistoryService history, CurrentUser user, AccessLog log) {
    this.history = history;
    this.user = user;
    this.log = log;
  }

  @GetMapping
  CaseAccessLog accessLog(@PathVariable String caseId) {
    CaseId id = CaseId.parse(caseId).orElseThrow(() -> new NotFoundException("caseId", caseId));
    // read as the caller: the tenant check hides another county's case
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id.toString()).count() == 0) {
      throw new NotFoundException("caseId", caseId);
    }
    if (!user.groups().contains(Groups.SOCIAL_SUPERVISOR) && !user.groups().contains(Groups.ADMIN)) {
      throw new ForbiddenException("only the case's supervisors and administrators read who looked at it");
    }
    return new CaseAccessLog(id.toString(), log.of(id.toString()));
  }
}
