import java.io.File;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a workbook Framebench exported (ide-check.sh): its Annotations sheet must name the annotator and hold
 * at least the expected number of annotation rows (non-empty rows below the header). Exit 1 otherwise.
 * Usage: java -cp POI_JARS ReadBack.java BOOK.xlsx ANNOTATOR MIN_ROWS
 */
public class ReadBack {
    public static void main(String[] args) throws Exception {
        String annotator = args[1];
        int minimum = Integer.parseInt(args[2]);
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new File(args[0]))) {
            Sheet sheet = book.getSheet("Annotations");
            if (sheet == null) {
                System.out.println("no Annotations sheet; sheets: " + book.getNumberOfSheets());
                System.exit(1);
            }
            int rows = 0;
            boolean named = false;
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                boolean empty = true;
                for (Cell cell : row) {
                    String text = formatter.formatCellValue(cell);
                    empty &= text.isBlank();
                    named |= text.equals(annotator);
                }
                rows += empty ? 0 : 1;
            }
            System.out.println("Annotations: " + rows + " rows, annotator " + (named ? "named" : "missing")
                    + ", " + book.getNumberOfSheets() + " sheets");
            System.exit(rows >= minimum && named ? 0 : 1);
        }
    }
}
