package tw.childprotection.flow.cases;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.childprotection.flow.validation.InputCheck;
import tw.childprotection.flow.validation.InvalidInputException;
import tw.childprotection.flow.validation.NotFoundException;

@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

  private final CaseViews cases;

  CaseController(CaseViews cases) {
    this.cases = cases;
  }

  @GetMapping("/{caseId}")
  CaseView get(@PathVariable String caseId) {
    return cases.find(parse(caseId)).orElseThrow(() -> new NotFoundException("caseId", caseId));
  }

  /** By case number, national ID or name, within the caller's counties (national agencies: all). */
  @GetMapping
  CaseView.Search search(@RequestParam(name = "q", required = false) String q) {
    return cases.search(q);
  }

  static CaseId parse(String caseId) {
    return CaseId.parse(caseId).orElseThrow(() -> {
      InputCheck check = new InputCheck();
      check.add("caseId", "INVALID_FORMAT", "must look like CP-KHH-2026-000123 (kind-county-year-number)",
          "格式應為 CP-KHH-2026-000123（類別-縣市-年份-流水號）");
      return new InvalidInputException(check.errors());
    });
  }
}
