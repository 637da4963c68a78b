import { render, screen } from '@testing-library/react';
import { LoadControls } from './load-controls';

describe('LoadControls', () => {
  it('tells the limits of a load before a file is chosen', () => {
    render(
      <LoadControls shown onFiles={() => undefined} onUseBundled={() => undefined} bundledActive />,
    );
    expect(screen.getByLabelText('Load data files')).toHaveAccessibleDescription(
      /Up to 100 MB and 100,000 rows in all \(every file of a load, and the data they are added to\)\./,
    );
  });
});
