package de.mitreden.admin;

import java.time.Duration;

import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the staff web's templates and assets live: {@code admin-web/} at the repository root, packaged
 * into the jar under {@code admin-web/}. Its templates resolve before the default location; a view name
 * that is not found there falls through to {@code templates/}.
 */
@Configuration(proxyBeanMethods = false)
class AdminWebConfiguration implements WebMvcConfigurer {

	/** Uploads larger than this are cut off by the server; the import itself allows less (a readable message). */
	static final DataSize UPLOAD_LIMIT = DataSize.ofMegabytes(20);

	@Bean
	SpringResourceTemplateResolver adminTemplateResolver() {
		SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
		resolver.setPrefix("classpath:/admin-web/templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(0);
		return resolver;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/admin/assets/**")
			.addResourceLocations("classpath:/admin-web/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
	}

	/** The server-wide upload limit (Spring Boot's default of 1 MB is too small for a long CSV file). */
	@Bean
	MultipartConfigElement multipartConfigElement() {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(UPLOAD_LIMIT);
		factory.setMaxRequestSize(DataSize.ofBytes(UPLOAD_LIMIT.toBytes() + DataSize.ofMegabytes(1).toBytes()));
		return factory.createMultipartConfig();
	}

}
