package tw.childprotection.flow.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import tw.childprotection.flow.deadlines.Deadlines;
import tw.childprotection.flow.validation.ApiError;
import tw.childprotection.flow.validation.ApiErrors;

/**
 * The plugin's API. Only for users allowed into Cockpit (the webapp's own login lets every user of the
 * engine reach plugin APIs); every figure is limited to the caller's counties. Answers JSON; bad dates
 * answer 400 in the contract's error shape, in English and Traditional Chinese.
 */
@Produces(MediaType.APPLICATION_JSON)
public class LegalDeadlinesResource extends AbstractCockpitPluginResource {

  static final int DEFAULT_PERIOD_DAYS = 30;
  static final int LONGEST_PERIOD_DAYS = 3 * 366;

  public LegalDeadlinesResource(String engineName) {
    super(engineName);
  }

  /** The figures of CONTRACT §5's deadlines; period default: the last 30 days up to today (Taiwan). */
  @GET
  @Path("summary")
  public ComplianceReport.Summary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
    Viewer viewer = viewer();
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Deadlines.TAIWAN);
    List<ApiError> errors = new ArrayList<>();
    LocalDate end = date("to", to, today, errors);
    LocalDate start = date("from", from, end.minusDays(DEFAULT_PERIOD_DAYS - 1), errors);
    if (errors.isEmpty() && start.isAfter(end)) {
      errors.add(new ApiError("from", "AFTER_TO", "must not be after 'to'", "起日不得晚於迄日"));
    }
    if (errors.isEmpty() && start.plusDays(LONGEST_PERIOD_DAYS).isBefore(end)) {
      errors.add(new ApiError("from", "PERIOD_TOO_LONG", "a period of at most three years",
          "期間最長三年"));
    }
    if (!errors.isEmpty()) {
      throw answer(Response.Status.BAD_REQUEST, new ApiErrors(errors));
    }
    return SpringBeans.get(ComplianceReport.class).summary(viewer.counties(), start, end);
  }

  /** Open and overdue tasks per worker and per group (supervisors: who is overloaded). */
  @GET
  @Path("workload")
  public Workload.Report workload() {
    return SpringBeans.get(Workload.class).of(viewer().counties());
  }

  /** One case, running or closed, with its deadlines; another county's case is not found. */
  @GET
  @Path("cases/{caseId}")
  public CaseDeadlines.CaseDetail caseDetail(@PathParam("caseId") String caseId) {
    Viewer viewer = viewer();
    return SpringBeans.get(CaseDeadlines.class).find(caseId, viewer).orElseThrow(() ->
        answer(Response.Status.NOT_FOUND, ApiErrors.of(new ApiError("caseId", "NOT_FOUND",
            "no such case in your counties", "查無此案件（或非您所屬直轄市、縣(市)之案件）"))));
  }

  private Viewer viewer() {
    Authentication user = getCurrentAuthentication();
    if (user == null) {
      throw answer(Response.Status.UNAUTHORIZED, ApiErrors.of(new ApiError(null, "UNAUTHENTICATED",
          "log in first", "請先登入")));
    }
    boolean administrator = isCamundaAdmin(user);
    boolean cockpitUser = administrator || getProcessEngine().getAuthorizationService().isUserAuthorized(
        user.getUserId(), user.getGroupIds(), Permissions.ACCESS, Resources.APPLICATION, "cockpit");
    if (!cockpitUser) {
      throw answer(Response.Status.FORBIDDEN, ApiErrors.of(new ApiError(null, "FORBIDDEN",
          "for users of Cockpit only", "僅限可使用 Cockpit 之人員")));
    }
    return Viewer.of(user.getUserId(), user.getTenantIds(), administrator);
  }

  private static LocalDate date(String field, String text, LocalDate otherwise, List<ApiError> errors) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(new ApiError(field, "INVALID_DATE", "a date like 2026-11-30", "日期格式應為 2026-11-30"));
      return otherwise;
    }
  }

  private static WebApplicationException answer(Response.Status status, ApiErrors body) {
    return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body).build());
  }
}
