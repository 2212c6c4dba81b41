package demo;

/** Prices with a bulk discount; fixture for mutation testing. */
public class Pricing {
  public static int total(int unitPrice, int quantity) {
    int total = unitPrice * quantity;
    if (quantity > 10) {
      total = total - total / 10;
    }
    return total;
  }

  public static boolean isFree(int price) {
    return price == 0;
  }

  public static int countDown(int from) {
    int steps = 0;
    for (int i = from; i > 0; i--) {
      steps++;
    }
    return steps;
  }

  public static int stepsToZero(long n) {
    int steps = 0;
    while (n != 0) {
      n = n - 1;
      steps++;
    }
    return steps;
  }

  public static void log(String message) {
    System.out.println(message);
  }

  public static String label(int price) {
    if (price < 0) {
      return null;
    }
    return "EUR " + price;
  }
}
