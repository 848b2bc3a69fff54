package tw.childprotection.flow.activecare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import tw.childprotection.flow.agencies.MatchResult;
import tw.childprotection.flow.agencies.RecordMatcher;
import tw.childprotection.flow.agencies.disability.DisabilityCaseManagement;
import tw.childprotection.flow.agencies.disability.DisabilityWelfarePlatform;
import tw.childprotection.flow.agencies.drugaddiction.DrugAddictionWindow;
import tw.childprotection.flow.agencies.fragilefamily.FragileFamilyPlatform;
import tw.childprotection.flow.agencies.protectioninfo.ProtectionInformationSystem;
import tw.childprotection.flow.agencies.psychiatric.PsychiatricCareSystem;

/**
 * Category E: children of low and middle-low income households whose parent holds a mental or
 * intellectual disability certificate are matched against the six systems the flowchart names;
 * households a system already serves are excluded (排除已有服務體系服務之家戶).
 */
@Service
class ServiceSystemsMatch {

  private final Map<String, RecordMatcher> systems = new LinkedHashMap<>();

  ServiceSystemsMatch(FragileFamilyPlatform fragileFamily, ProtectionInformationSystem protection,
      DrugAddictionWindow drugAddiction, PsychiatricCareSystem psychiatric,
      DisabilityCaseManagement disabilityCases, DisabilityWelfarePlatform disabilityWelfare) {
    systems.put("脆弱家庭個案管理平台", fragileFamily);
    systems.put("保護資訊系統", protection);
    systems.put("毒品成癮者單一窗口服務系統", drugAddiction);
    systems.put("精神照護資訊管理系統", psychiatric);
    systems.put("身心障礙個案管理服務系統", disabilityCases);
    systems.put("全國身心障礙福利資訊整合平台", disabilityWelfare);
  }

  /** The names of the systems serving the household now; empty when none does. */
  List<String> servedBy(DelegateExecution execution) {
    ChildQueries queries = ChildQueries.forStep(execution);
    return systems.entrySet().stream()
        .filter(system -> {
          MatchResult result = system.getValue().match(queries.to(system.getKey()));
          return result.found() && result.inService();
        })
        .map(Map.Entry::getKey)
        .toList();
  }
}
