// The word read out before every error message and added to the page title ("Error: "); pages
// in another language provide their own.
import { createContext } from 'react';

export const ErrorPrefix = createContext('Error: ');
