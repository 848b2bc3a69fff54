package tw.childprotection.flow.people;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The people and counties of CONTRACT §2 for the demo: 22 county tenants, the groups, the demo users
 * (password {@code demo}) and what each group may see and do. Idempotent: runs at every start of the
 * demo profile and adds only what is missing. Never active in production.
 */
@Component
@Profile("demo")
@Order(1)
class DemoPeople implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";

  private record DemoUser(String id, String firstName, String lastName, String group, County county) {
  }

  private static final List<DemoUser> USERS = List.of(
      new DemoUser("social.tpe", "臺北", "社工", Groups.SOCIAL_WORKER, County.TPE),
      new DemoUser("social.khh", "高雄", "社工", Groups.SOCIAL_WORKER, County.KHH),
      new DemoUser("supervisor.tpe", "臺北", "社工督導", Groups.SOCIAL_SUPERVISOR, County.TPE),
      new DemoUser("health.tpe", "臺北", "衛生所", Groups.HEALTH, County.TPE),
      new DemoUser("household.tpe", "臺北", "戶政事務所", Groups.HOUSEHOLD_REGISTRATION, County.TPE),
      new DemoUser("police.tpe", "臺北", "警察", Groups.POLICE, County.TPE),
      new DemoUser("district.tpe", "臺北", "區公所", Groups.DISTRICT_OFFICE, County.TPE),
      new DemoUser("manager.tpe", "臺北", "主管", Groups.MANAGER, County.TPE),
      new DemoUser("cdc", "疾病管制署", "承辦人", Groups.CDC, null),
      new DemoUser("nhia", "中央健康保險署", "承辦人", Groups.NHIA, null),
      new DemoUser("moi", "內政部戶政司", "承辦人", Groups.MOI_HOUSEHOLD, null));

  private static final List<String> GROUP_NAMES = List.of(
      Groups.SOCIAL_WORKER + "=社工人員", Groups.SOCIAL_SUPERVISOR + "=社工督導",
      Groups.HEALTH + "=衛生單位", Groups.HOUSEHOLD_REGISTRATION + "=戶政單位",
      Groups.POLICE + "=警察機關", Groups.DISTRICT_OFFICE + "=鄉鎮市區公所",
      Groups.MANAGER + "=主管", Groups.CDC + "=衛生福利部疾病管制署",
      Groups.NHIA + "=衛生福利部中央健康保險署", Groups.MOI_HOUSEHOLD + "=內政部戶政司");

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  DemoPeople(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (County county : County.values()) {
      tenant(county);
    }
    for (String entry : GROUP_NAMES) {
      String[] idAndName = entry.split("=", 2);
      group(idAndName[0], idAndName[1]);
    }
    for (DemoUser user : USERS) {
      user(user);
    }
    for (String national : Groups.NATIONAL_GROUPS) {
      for (County county : County.values()) {
        if (identity.createTenantQuery().tenantId(county.code()).groupMember(national).count() == 0) {
          identity.createTenantGroupMembership(county.code(), national);
        }
      }
    }
    grantAccess();
  }

  private void tenant(County county) {
    if (identity.createTenantQuery().tenantId(county.code()).count() == 0) {
      Tenant tenant = identity.newTenant(county.code());
      tenant.setName(county.nameZh());
      identity.saveTenant(tenant);
    }
  }

  private void group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void user(DemoUser demo) {
    if (identity.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@demo.invalid");
      user.setPassword(DEMO_PASSWORD);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() == 0) {
      identity.createMembership(demo.id(), demo.group());
    }
    if (demo.county() != null
        && identity.createTenantQuery().tenantId(demo.county().code()).userMember(demo.id()).count() == 0) {
      identity.createTenantUserMembership(demo.county().code(), demo.id());
    }
  }

  /**
   * What a group may read is limited to its counties by the engine's tenant check; what it may work on
   * comes from the candidate group of each task (the engine grants that per task).
   */
  private void grantAccess() {
    List<String> everyone = new java.util.ArrayList<>(Groups.COUNTY_GROUPS);
    everyone.addAll(Groups.NATIONAL_GROUPS);
    for (String group : everyone) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.APPLICATION, "welcome", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
          Permissions.READ_HISTORY, Permissions.READ_TASK);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      grant(group, Resources.TASK, "*", Permissions.READ);
      grant(group, Resources.USER, "*", Permissions.READ);
      grant(group, Resources.GROUP, "*", Permissions.READ);
    }
    for (String group : List.of(Groups.MANAGER, Groups.SOCIAL_SUPERVISOR)) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
