package io.estante.test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements the application sends, in tests and benchmarks only: the data
 * source is wrapped in a proxy (datasource-proxy) whose listener counts every execution
 * (a JDBC batch is one round trip) in total and per thread. A request carrying
 * {@value #HEADER} is counted from the first filter to the last: its count is kept under
 * the header's value ({@link #forRequest}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	public static final String HEADER = "X-Count-Statements";

	private static final AtomicLong EXECUTIONS = new AtomicLong();

	private static final AtomicLong STATEMENTS = new AtomicLong();

	/** {@code -Dstatements.print=true} prints each counted request's statements. */
	private static final boolean PRINT = Boolean.getBoolean("statements.print");

	private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

	private static final Map<String, Long> REQUESTS = new ConcurrentHashMap<>();

	/** Round trips that executed SQL (a batch counts once), since the JVM started. */
	public static long executions() {
		return EXECUTIONS.get();
	}

	/** Statements, counting each row of a batch. */
	public static long statements() {
		return STATEMENTS.get();
	}

	/** The statements of the request sent with {@value #HEADER}: {@code key}. */
	public static Long forRequest(String key) {
		return REQUESTS.get(key);
	}

	@Bean
	static BeanPostProcessor statementCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name(name).listener(new Listener()).build();
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> statementCountingFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						String key = request.getHeader(HEADER);
						if (key == null) {
							chain.doFilter(request, response);
							return;
						}
						long[] count = new long[1];
						CURRENT.set(count);
						if (PRINT) {
							System.out.println("[request] " + request.getMethod() + " " + request.getRequestURI());
						}
						try {
							chain.doFilter(request, response);
						}
						finally {
							CURRENT.remove();
							REQUESTS.put(key, count[0]);
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class Listener implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			EXECUTIONS.incrementAndGet();
			long statements = execution.isBatch() ? Math.max(1, execution.getBatchSize()) * (long) queries.size()
					: queries.size();
			STATEMENTS.addAndGet(statements);
			long[] current = CURRENT.get();
			if (current != null) {
				current[0] += statements;
				if (PRINT) {
					queries.forEach(q -> System.out.println("[statement] " + q.getQuery().replaceAll("\\s+", " ")));
				}
			}
		}

	}

}
