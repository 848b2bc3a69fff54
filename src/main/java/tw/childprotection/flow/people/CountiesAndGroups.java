package tw.childprotection.flow.people;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reference data every installation needs (CONTRACT §2): the 22 county tenants, the groups, national
 * agency groups as members of every county, and what each group may see. People are not created
 * here: the demo adds its users ({@link DemoPeople}); production adds real staff in Admin.
 * Idempotent: adds only what is missing, at every start.
 */
@Component
@Order(1)
record CountiesAndGroups(IdentityService identity, AuthorizationService authorizations) implements ApplicationRunner {

  private static final Map<String, String> GROUP_NAMES = Map.ofEntries(
      Map.entry(Groups.SOCIAL_WORKER, "社工人員"), Map.entry(Groups.SOCIAL_SUPERVISOR, "社工督導"),
      Map.entry(Groups.HEALTH, "衛生單位"), Map.entry(Groups.HOUSEHOLD_REGISTRATION, "戶政單位"),
      Map.entry(Groups.POLICE, "警察機關"), Map.entry(Groups.EDUCATION, "教育單位"),
      Map.entry(Groups.DISTRICT_OFFICE, "鄉鎮市區公所"), Map.entry(Groups.MANAGER, "主管"),
      Map.entry(Groups.CDC, "衛生福利部疾病管制署"), Map.entry(Groups.NHIA, "衛生福利部中央健康保險署"),
      Map.entry(Groups.MOI_HOUSEHOLD, "內政部戶政司"));

  @Override
  public void run(ApplicationArguments args) {
    for (County county : County.values()) {
      tenant(county);
    }
    GROUP_NAMES.forEach(this::group);
    // no engine rights at all: reporters file through the API and read only their own reports' numbers
    group(Groups.REPORTER, "責任通報人員");
    for (String national : Groups.NATIONAL_GROUPS) {
      for (County county : County.values()) {
        createIfAbsent(
            () -> identity.createTenantQuery().tenantId(county.code()).groupMember(national).count() > 0,
            () -> identity.createTenantGroupMembership(county.code(), national));
      }
    }
    grantAccess();
  }

  private void tenant(County county) {
    createIfAbsent(() -> identity.createTenantQuery().tenantId(county.code()).count() > 0, () -> {
      Tenant tenant = identity.newTenant(county.code());
      tenant.setName(county.nameZh());
      identity.saveTenant(tenant);
    });
  }

  private void group(String id, String name) {
    createIfAbsent(() -> identity.createGroupQuery().groupId(id).count() > 0, () -> {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    });
  }

  /**
   * Several nodes may start at once on one database: if another node created the same thing first,
   * our insert fails and that is fine; any other failure is not.
   */
  static void createIfAbsent(BooleanSupplier exists, Runnable create) {
    if (exists.getAsBoolean()) {
      return;
    }
    try {
      create.run();
    } catch (RuntimeException e) {
      if (!exists.getAsBoolean()) {
        throw e;
      }
    }
  }

  /**
   * What a group may read is limited to its counties by the engine's tenant check. Case-wide groups read
   * every case of their counties and work tasks by a group-wide grant, the candidate group deciding which
   * (security/CandidateGroupChecker); need-to-know groups read only the cases they have or had a task in,
   * granted per case when the task is created (security/GroupTaskAuthorizations, docs/adr/0014).
   */
  private void grantAccess() {
    List<String> everyone = new ArrayList<>(Groups.COUNTY_GROUPS);
    everyone.addAll(Groups.NATIONAL_GROUPS);
    for (String group : everyone) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.APPLICATION, "welcome", Permissions.ACCESS);
      // no directory of the country's users (names, e-mails) to every county user: each reads its own
      // profile (the engine grants that when the user is created); issue 12, hole 12
      revoke(group, Resources.USER, "*");
      grant(group, Resources.GROUP, "*", Permissions.READ);
    }
    for (String group : Groups.CASE_WIDE_GROUPS) {
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
          Permissions.READ_HISTORY, Permissions.READ_TASK);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      if (Groups.MANAGER.equals(group)) {
        grant(group, Resources.TASK, "*", Permissions.READ);
      } else {
        grant(group, Resources.TASK, "*", Permissions.READ, Permissions.UPDATE);
      }
    }
    for (String group : Groups.NEED_TO_KNOW_GROUPS) {
      // an older release let these groups read every case of their county: only definitions now
      exactly(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      revoke(group, Resources.PROCESS_INSTANCE, "*");
      revoke(group, Resources.TASK, "*");
    }
    // social workers start 啟動選擇性保護處置 (辦法 第12、13條) from Tasklist; nothing else is startable there
    for (String group : List.of(Groups.SOCIAL_WORKER, Groups.SOCIAL_SUPERVISOR)) {
      grant(group, Resources.PROCESS_DEFINITION, StartableInTasklist.PROTECTION_MEASURE_REQUEST_KEY,
          Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ, Permissions.CREATE);
    }
    for (String group : List.of(Groups.MANAGER, Groups.SOCIAL_SUPERVISOR)) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    }
  }

  /** Removes a grant an older release gave. */
  private void revoke(String groupId, Resource resource, String resourceId) {
    authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .list().forEach(old -> authorizations.deleteAuthorization(old.getId()));
  }

  /** Creates the grant, or adds what an older release's grant lacks (e.g. a new right to start). */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    createIfAbsent(() -> authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0,
        () -> saveGrant(groupId, resource, resourceId, permissions));
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    boolean missing = false;
    for (Permission permission : permissions) {
      if (!existing.isPermissionGranted(permission)) {
        existing.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      authorizations.saveAuthorization(existing);
    }
  }

  /** The grant with exactly these permissions: what an older release's grant had beyond them is taken away. */
  private void exactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(groupId, resource, resourceId, permissions);
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    List<Permission> wanted = List.of(permissions);
    boolean differs = Arrays.stream(Permissions.values())
        .filter(p -> p != Permissions.NONE && p != Permissions.ALL && Arrays.asList(p.getTypes()).contains(resource))
        .anyMatch(p -> existing.isPermissionGranted(p) != wanted.contains(p));
    if (differs) {
      existing.setPermissions(permissions);
      authorizations.saveAuthorization(existing);
    }
  }

  private void saveGrant(String groupId, Resource resource, String resourceId, Permission... permissions) {
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
