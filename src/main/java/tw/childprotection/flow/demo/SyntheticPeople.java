package tw.childprotection.flow.demo;

import java.util.List;
import java.util.Random;
import tw.childprotection.flow.validation.NationalId;

/**
 * Made-up people for the demo: names drawn from a fixed list and national ID numbers with a valid check
 * digit from a serial range no real person is meant to hold (the same seed, the same people).
 */
final class SyntheticPeople {

  private static final List<String> SURNAMES = List.of("陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊",
      "許", "鄭", "謝", "郭", "洪");
  private static final List<String> GIVEN_NAMES = List.of("小明", "小華", "宜蓁", "子晴", "承恩", "品妍", "宥廷",
      "語彤", "柏宇", "芷若", "冠廷", "思妤", "宇翔", "詠晴", "家豪", "欣怡");
  private static final List<String> ADULT_NAMES = List.of("淑芬", "美玲", "雅婷", "志明", "建宏", "俊傑", "怡君",
      "家瑋");
  /** Letter values of the national ID checksum, in the order A10 B11 … (validation/NationalId). */
  private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 1};
  /** Serials from 9 000 000 up: far from the numbers tests use. */
  private static final int FIRST_SERIAL = 9_000_000;

  private final Random random;
  private int serial = FIRST_SERIAL;

  SyntheticPeople(Random random) {
    this.random = random;
  }

  String childName() {
    return pick(SURNAMES) + pick(GIVEN_NAMES);
  }

  String adultName() {
    return pick(SURNAMES) + pick(ADULT_NAMES);
  }

  /** A fresh valid national ID: {@code sex} 1 male, 2 female. */
  String nationalId(char sex) {
    char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
    String body = "" + letter + sex + String.format("%07d", serial++ % 10_000_000);
    int value = LETTERS.indexOf(letter) + 10;
    int sum = value / 10 + (value % 10) * 9;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (body.charAt(i + 1) - '0') * WEIGHTS[i];
    }
    String id = body + (10 - sum % 10) % 10;
    if (NationalId.check(id).isPresent()) {
      throw new IllegalStateException("generated an invalid national ID");
    }
    return id;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
