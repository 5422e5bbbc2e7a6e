package id.suarawarga.archfixture.alpha;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Bad: an active-record entity. */
public class AlphaEntity extends PanacheEntityBase {}
