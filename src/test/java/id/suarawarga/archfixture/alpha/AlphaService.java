package id.suarawarga.archfixture.alpha;

import id.suarawarga.archfixture.beta.BetaService;
import id.suarawarga.archfixture.demo.SomeDemo;
import id.suarawarga.archfixture.web.SomePage;
import jakarta.persistence.EntityManager;
import javax.sql.DataSource;

/** Bad: SQL and an EntityManager in a service; depends on beta (a cycle), web and demo. */
public class AlphaService {
    public BetaService beta;
    public SomePage page;
    public SomeDemo demo;
    public DataSource dataSource;
    public EntityManager em;

    public Object count() {
        return em.createNativeQuery("select 1").getSingleResult();
    }
}
