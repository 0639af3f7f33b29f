package org.newsdesk.news;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A saved item needs no working copy: after the item form's save succeeded (its redirect), the
 * editor's copy of that item, or of that new-item form, is removed. Kept apart from the save
 * itself, which knows nothing of working copies.
 */
@Component
record WorkingCopyCleanup(ItemWorkingCopies copies) implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/items", "/admin/items/*");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failed) {
        Principal user = request.getUserPrincipal();
        if (failed != null || user == null || response.getStatus() != HttpStatus.FOUND.value()
                || !request.getMethod().equals("POST")
                || !(handler instanceof HandlerMethod method) || method.getBeanType() != NewsAdminController.class) {
            return;
        }
        switch (method.getMethod().getName()) {
            case "update" -> copies.discard(user.getName(), Long.parseLong(pathVariables(request).get("id")));
            case "create" -> ItemCreationTokens.parse(request.getParameter(NewsAdminController.CREATION_TOKEN))
                    .ifPresent(token -> copies.discard(user.getName(), token));
            default -> {
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        return (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    }
}
