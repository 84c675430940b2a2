"""The data both digits examples train on: scikit-learn's 8x8 digits, split 75/25 with the
classes kept in proportion, standardised on the training part only (so nothing of the
validation set leaks into the scaling)."""

try:
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split
    from sklearn.preprocessing import StandardScaler
except ImportError as error:   # pragma: no cover - depends on the machine
    raise SystemExit(f"the digits examples need scikit-learn ({error}); "
                     f"on Debian: apt-get install python3-sklearn")


def load_split(seed):
    """(x_train, x_val, y_train, y_val) as numpy arrays."""
    digits = load_digits()
    x_train, x_val, y_train, y_val = train_test_split(
        digits.data, digits.target, test_size=0.25, random_state=seed, stratify=digits.target)
    scaler = StandardScaler().fit(x_train)
    return scaler.transform(x_train), scaler.transform(x_val), y_train, y_val
