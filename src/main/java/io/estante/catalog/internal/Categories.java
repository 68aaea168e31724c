package io.estante.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Product category rows. */
@Repository
class Categories {

	private final JdbcClient jdbc;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into product_category (name, position, created_at)
				values (:name, (select coalesce(max(position), 0) + 1 from product_category), :now)""")
			.param("name", name)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean nameTaken(String name) {
		return jdbc.sql("select count(*) from product_category where lower(name) = lower(:name)")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	Optional<CategoryView> byId(long id) {
		return all().stream().filter(category -> category.id() == id).findFirst();
	}

	List<CategoryView> all() {
		return jdbc.sql("""
				select c.id, c.name, c.position, (select count(*) from product p where p.category_id = c.id) products
				from product_category c order by c.position, c.id""")
			.query((rs, row) -> new CategoryView(rs.getLong("id"), rs.getString("name"), rs.getInt("position"),
					rs.getInt("products")))
			.list();
	}

}
