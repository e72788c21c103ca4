package org.jiandu.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One user's tag on one document (by its path, so it survives re-indexing). A star is the tag ★. */
@Entity
@Table(name = "DOC_TAG")
@SequenceGenerator(name = "DOC_TAG_SEQ", sequenceName = "DOC_TAG_SEQ", allocationSize = 50)
public class DocumentTag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DOC_TAG_SEQ")
    long id;

    @Column(nullable = false, length = 64)
    String username;

    @Column(nullable = false, length = 1000)
    String path;

    @Column(nullable = false, length = 64)
    String tag;
}
