package jp.banso.formation;

/** The 6-digit 全国地方公共団体コード: five digits of JIS X 0402 and a check digit. */
public final class MunicipalityCodes {

    private MunicipalityCodes() {
    }

    public static boolean valid(String code) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return false;
        }
        return checkDigit(code.substring(0, 5)) == code.charAt(5) - '0';
    }

    /** Weights 6,5,4,3,2; check = 11 - (sum mod 11), keeping only its last digit (10 → 0, 11 → 1). */
    static int checkDigit(String five) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (five.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }
}
