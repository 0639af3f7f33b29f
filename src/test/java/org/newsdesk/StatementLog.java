package org.newsdesk;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The SQL statements that requests run, as the JDBC driver receives them: every statement
 * prepared, or executed without parameters, on a connection of the application's
 * {@link DataSource} by a thread serving an HTTP request (Tomcat's workers), whoever issued it
 * (JPA, JdbcClient, Spring Session). Work in the background (the session clean-up, the content
 * change listener on its own connection) and the tests' own statements are left out.
 *
 * <p>Registered as a bean post-processor: it wraps the application's data source.
 */
public class StatementLog implements BeanPostProcessor {

    /** The statement every request may run first: which content version the site is at. */
    private static final String CONTENT_VERSION = "from content_version";

    private final List<String> statements = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? logging(connection) : result;
            });
        }
        return bean;
    }

    public void clear() {
        statements.clear();
    }

    /** Every statement since the last {@link #clear()}. */
    public List<String> all() {
        return List.copyOf(statements);
    }

    /** The statements since the last {@link #clear()} other than reading the content version. */
    public List<String> reads() {
        return statements.stream().filter(sql -> !sql.contains(CONTENT_VERSION)).toList();
    }

    private Connection logging(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                record(sql);
            }
            Object result = invoke(target, method, args);
            return method.getName().equals("createStatement") ? logging((Statement) result) : result;
        });
    }

    private Statement logging(Statement statement) {
        return proxy(Statement.class, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql) {
                record(sql);
            }
            return invoke(target, method, args);
        });
    }

    private void record(String sql) {
        if (Thread.currentThread().getName().contains("-exec-")) {
            statements.add(sql.strip().replaceAll("\\s+", " "));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }
}
