package org.newsdesk.news;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * {@link NewsLinks} in every template as {@code #links}: {@code th:href="@{${#links.tags()}}"}.
 * An expression object rather than a model attribute, so that the pages Tomcat's own errors
 * render (outside Spring MVC, with no model advice) link to the same places.
 */
@Component
class NewsLinksDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "links";
    private static final NewsLinks LINKS = NewsLinks.INSTANCE;

    NewsLinksDialect() {
        super("News links");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? LINKS : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
