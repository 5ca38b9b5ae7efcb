package jp.banso.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** Japanese first (the fallback bundle is Japanese), English second. */
@Component
public class BansoI18NProvider implements I18NProvider {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vaadin-i18n/translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(JAPANESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String value = bundle.getString(key);
            return params.length == 0 ? value : new MessageFormat(value, effective).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** Static access for code outside a UI (REST messages, emails). */
    public static String translate(Locale locale, String key, Object... params) {
        return new BansoI18NProvider().getTranslation(key, locale, params);
    }
}
