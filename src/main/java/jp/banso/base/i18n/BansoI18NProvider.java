package jp.banso.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Japanese first (each fallback bundle is Japanese), English second. Each feature keeps its strings in a
 * bundle of its own under vaadin-i18n/ (listed in {@link #BUNDLES}), so features never edit one shared file.
 */
@Component
public class BansoI18NProvider implements I18NProvider {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final List<String> BUNDLES = List.of("vaadin-i18n/translations", "vaadin-i18n/search",
            "vaadin-i18n/workshop", "vaadin-i18n/curation", "vaadin-i18n/audit", "vaadin-i18n/account", "vaadin-i18n/formation",
            "vaadin-i18n/scenario", "vaadin-i18n/playbook", "vaadin-i18n/grouping", "vaadin-i18n/groupwork", "vaadin-i18n/security");

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
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, effective,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    String value = bundle.getString(key);
                    return params.length == 0 ? value : new MessageFormat(value, effective).format(params);
                }
            } catch (MissingResourceException e) {
                // this feature ships no strings (yet)
            }
        }
        return "!" + key;
    }

    /** Static access for code outside a UI (REST messages, emails). */
    public static String translate(Locale locale, String key, Object... params) {
        return new BansoI18NProvider().getTranslation(key, locale, params);
    }
}
