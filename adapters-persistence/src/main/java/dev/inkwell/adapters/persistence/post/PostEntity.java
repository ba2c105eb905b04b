package dev.inkwell.adapters.persistence.post;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A row of {@code posts} with its category links. Written through this entity, read for
 * display through the SQL projections of {@link PostReadModels}. The generated
 * {@code search_vector} column is PostgreSQL's business and is not mapped.
 */
@Entity
@Table(name = "posts")
@SecondaryTable(name = "post_contents", pkJoinColumns = @PrimaryKeyJoinColumn(name = "post_id"))
public class PostEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "author_id", nullable = false)
    public UUID authorId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 100)
    public String slug;

    @Column(length = 500)
    public String excerpt;

    @Column(nullable = false)
    public String content;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** When a scheduled post is to be published; null unless scheduled (V8). */
    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    /**
     * The content rendered and sanitised, with its reading time: a row of {@code post_contents}
     * (V8), absent until rendered. Hibernate reads it with an outer join, inserts it only when not
     * null, and upserts it on update.
     */
    @Column(table = "post_contents", name = "html")
    public String contentHtml;

    @Column(table = "post_contents", name = "reading_time_minutes")
    public Integer readingTimeMinutes;

    @Column(name = "slug_frozen", nullable = false)
    public boolean slugFrozen;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "post_categories", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "category_id", nullable = false)
    public Set<UUID> categoryIds = new HashSet<>();

    /** The normalised tag names; a trigger copies the post's author and publication onto each row (V6). */
    @ElementCollection
    @CollectionTable(name = "post_tags", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "tag", nullable = false, length = 30)
    public Set<String> tags = new HashSet<>();
}
