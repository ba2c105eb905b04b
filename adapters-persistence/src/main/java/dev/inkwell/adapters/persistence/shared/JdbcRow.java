package dev.inkwell.adapters.persistence.shared;

import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.util.List;
import java.util.Map;

/** A row read with plain JDBC, seen through the {@link Tuple} interface the read models use. */
final class JdbcRow implements Tuple {

    private final Map<String, Integer> columns;
    private final Object[] values;

    JdbcRow(Map<String, Integer> columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    @Override
    public <X> X get(String alias, Class<X> type) {
        return type.cast(get(alias));
    }

    @Override
    public Object get(String alias) {
        Integer index = columns.get(alias);
        if (index == null) {
            throw new IllegalArgumentException("no column " + alias);
        }
        return values[index];
    }

    @Override
    public <X> X get(int i, Class<X> type) {
        return type.cast(values[i]);
    }

    @Override
    public Object get(int i) {
        return values[i];
    }

    @Override
    public Object[] toArray() {
        return values.clone();
    }

    @Override
    public <X> X get(TupleElement<X> element) {
        return element.getJavaType().cast(get(element.getAlias()));
    }

    @Override
    public List<TupleElement<?>> getElements() {
        throw new UnsupportedOperationException("a JDBC row has columns, not tuple elements");
    }
}
