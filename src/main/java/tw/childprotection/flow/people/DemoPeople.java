package tw.childprotection.flow.people;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users of CONTRACT §2 (password {@code demo}), each in its group and county. Only in the
 * demo profile; production creates no user but {@code admin}. Idempotent.
 */
@Component
@Profile("demo")
@Order(2)
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
      new DemoUser("education.tpe", "臺北", "教育局", Groups.EDUCATION, County.TPE),
      new DemoUser("district.tpe", "臺北", "區公所", Groups.DISTRICT_OFFICE, County.TPE),
      new DemoUser("manager.tpe", "臺北", "主管", Groups.MANAGER, County.TPE),
      new DemoUser("cdc", "疾病管制署", "承辦人", Groups.CDC, null),
      new DemoUser("nhia", "中央健康保險署", "承辦人", Groups.NHIA, null),
      new DemoUser("moi", "內政部戶政司", "承辦人", Groups.MOI_HOUSEHOLD, null),
      // mandated reporters on the web form (辦法 第2條): the county's, a hospital's, a school's
      new DemoUser("reporter.tpe", "臺北", "通報人員", Groups.REPORTER, County.TPE),
      new DemoUser("doctor.khh", "高雄醫院", "醫師", Groups.REPORTER, County.KHH),
      new DemoUser("teacher.tpe", "大安國小", "教師", Groups.REPORTER, County.TPE));

  private final IdentityService identity;

  DemoPeople(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoUser user : USERS) {
      user(user);
    }
  }

  private void user(DemoUser demo) {
    CountiesAndGroups.createIfAbsent(() -> identity.createUserQuery().userId(demo.id()).count() > 0, () -> {
      User user = identity.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@demo.invalid");
      user.setPassword(DEMO_PASSWORD);
      identity.saveUser(user);
    });
    CountiesAndGroups.createIfAbsent(
        () -> identity.createUserQuery().userId(demo.id()).memberOfGroup(demo.group()).count() > 0,
        () -> identity.createMembership(demo.id(), demo.group()));
    if (demo.county() != null) {
      CountiesAndGroups.createIfAbsent(
          () -> identity.createTenantQuery().tenantId(demo.county().code()).userMember(demo.id()).count() > 0,
          () -> identity.createTenantUserMembership(demo.county().code(), demo.id()));
    }
  }
}
