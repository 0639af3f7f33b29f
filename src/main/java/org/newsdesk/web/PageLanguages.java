package org.newsdesk.web;

import java.util.TimeZone;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.site.Language;
import org.newsdesk.site.SiteProperties;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.i18n.AbstractLocaleContextResolver;

/**
 * The language of a page is the language of its address, never the browser's: {@code /es} and
 * below are Spanish, every other public path English (search engines must reach both, so there
 * is no redirect by {@code Accept-Language}). Editors' screens are in the site's configured
 * language ({@code newsdesk.site.locale}). As Spring MVC's locale resolver it sets the locale of
 * messages and dates; as an argument resolver it gives controllers a {@link Language} parameter.
 * An error page takes the language of the address that failed.
 */
public class PageLanguages extends AbstractLocaleContextResolver implements HandlerMethodArgumentResolver {

    private final SitePaths paths;
    private final Language editorsLanguage;

    PageLanguages(SitePaths paths, SiteProperties site) {
        this.paths = paths;
        this.editorsLanguage = site.language();
        setDefaultTimeZone(TimeZone.getTimeZone(site.timeZone()));
    }

    /** The language of the page asked for. */
    public Language of(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI().substring(request.getContextPath().length());
        if (failed == null && paths.isEditorPath(request)) {
            return editorsLanguage;
        }
        return Language.ofPath(path);
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new SimpleTimeZoneAwareLocaleContext(of(request).locale(), getDefaultTimeZone());
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        throw new UnsupportedOperationException("A page's language is its address's");
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Language.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        return of(request.getNativeRequest(HttpServletRequest.class));
    }
}
