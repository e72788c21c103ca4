package org.jiandu.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 编制: an authorised discipline inspection post of a township; vacant while it has no holder. */
@Entity
@Table(name = "AUTHORIZED_POST")
@SequenceGenerator(name = "POST_SEQ", sequenceName = "POST_SEQ", allocationSize = 50)
public class AuthorizedPost {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "POST_SEQ")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    private Township township;

    @Column(nullable = false, length = 64)
    private String title;

    @ManyToOne
    private Cadre holder;

    protected AuthorizedPost() {
    }

    public AuthorizedPost(Township township, String title, Cadre holder) {
        this.township = township;
        this.title = title;
        this.holder = holder;
    }

    public Long getId() { return id; }
    public Township getTownship() { return township; }
    public String getTitle() { return title; }
    public Cadre getHolder() { return holder; }
    public void setHolder(Cadre holder) { this.holder = holder; }
    public boolean isVacant() { return holder == null; }
}
