package dev.inkwell.adapters.persistence.user;

import dev.inkwell.domain.user.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code users} with its optional {@code profiles} row mapped as a secondary table:
 * every read is one outer-joined statement, and Hibernate inserts, updates or deletes the
 * profile row as its columns become non-null or all null — the contract's profile upsert.
 */
@Entity
@Table(name = "users")
@SecondaryTable(name = "profiles", pkJoinColumns = @PrimaryKeyJoinColumn(name = "user_id"))
public class UserEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 254)
    public String email;

    @Column(nullable = false, length = 40)
    public String username;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Role role;

    @Column(table = "profiles", length = 1000)
    public String bio;

    @Column(table = "profiles", length = 2048)
    public String avatar;

    @Column(table = "profiles", length = 2048)
    public String website;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Version
    public long version;

    /** Kept by the database (migration V6): read with the row, never written by Hibernate. */
    @Column(name = "followers_count", insertable = false, updatable = false)
    public int followersCount;

    @Column(name = "following_count", insertable = false, updatable = false)
    public int followingCount;
}
