package tw.childprotection.flow.people;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 22 special municipalities, counties and cities (直轄市、縣(市)). Each is a Camunda tenant, named
 * by its ISO 3166-2:TW code without the {@code TW-} prefix (CONTRACT §2).
 */
public enum County {
  TPE("臺北市"), NWT("新北市"), TAO("桃園市"), TXG("臺中市"), TNN("臺南市"), KHH("高雄市"),
  KEE("基隆市"), HSZ("新竹市"), CYI("嘉義市"), HSQ("新竹縣"), MIA("苗栗縣"), CHA("彰化縣"),
  NAN("南投縣"), YUN("雲林縣"), CYQ("嘉義縣"), PIF("屏東縣"), ILA("宜蘭縣"), HUA("花蓮縣"),
  TTT("臺東縣"), PEN("澎湖縣"), KIN("金門縣"), LIE("連江縣");

  private final String nameZh;

  County(String nameZh) {
    this.nameZh = nameZh;
  }

  public String code() {
    return name();
  }

  public String nameZh() {
    return nameZh;
  }

  public static Optional<County> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
  }
}
